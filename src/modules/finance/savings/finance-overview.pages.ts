import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../platform/module.ts';
import { requireUuid } from '../../../platform/http/api.ts';
import { trajectoryChart } from '../finance-chart.views.ts';
import { canChangeFinance } from '../finance.access.ts';
import {
  areaRows,
  basesHref,
  benefitRows,
  chosenYear,
  forceRows,
  headline,
  overviewLinks,
  ragRule,
  reinvestmentRows,
  trajectoryRows,
  yearChoices,
} from './finance-overview.views.ts';
import { createFinanceRecordsService } from './finance-records.service.ts';
import { createSavingsModelService } from './savings-model.service.ts';
import { basisGapMessage } from './savings-trajectory.domain.ts';

type OverviewRequest = { Params: { id: string }; Querystring: { year?: string; saved?: string } };

export const OVERVIEW_SAVED_MESSAGES: Record<string, string> = {
  benefit: 'Benefit added',
  reinvestment: 'Reinvestment recorded',
  thresholds: 'The RAG rule has been changed',
};

/** The finance overview of one alliance: the savings against its target, by year, area and force. */
export function registerFinanceOverviewPages(app: FastifyInstance, deps: ModuleDeps): void {
  const savings = createSavingsModelService(deps);
  const records = createFinanceRecordsService(deps);

  app.get<OverviewRequest>(
    '/alliances/:id/finance',
    { config: { access: 'signed-in' } },
    async (request, reply) => {
      const allianceId = requireUuid(request.params.id, 'alliance');
      const model = await savings.model(allianceId);
      const [benefits, reinvestments] = await Promise.all([
        records.benefits(allianceId),
        records.reinvestments(allianceId),
      ]);
      const { year, notice } = chosenYear(model, request.query.year);
      return reply.render('finance/views/finance-overview.njk', {
        pageTitle: `Finance of ${model.alliance.name}`,
        alliance: model.alliance,
        hasFigures: model.figures.length > 0 || model.areaLines.length > 0,
        headline: headline(model, reinvestments),
        chart: trajectoryChart(model.yearLines),
        basisWarnings: model.basisGaps.map(basisGapMessage),
        basesHref: basesHref(allianceId),
        trajectory: trajectoryRows(model),
        year,
        yearNotice: notice,
        yearChoices: yearChoices(model, year),
        byArea: areaRows(model, year),
        byForce: forceRows(model, year),
        benefits: benefitRows(benefits, model),
        reinvestments: reinvestmentRows(reinvestments, model),
        reinvestedTotal: reinvestments.reduce((total, r) => total + r.amount, 0),
        ragRule: ragRule(model.thresholds),
        thresholdsAreDefault: model.thresholdsAreDefault,
        canChange: await canChangeFinance(request, 'alliance', allianceId),
        savedMessage: OVERVIEW_SAVED_MESSAGES[request.query.saved ?? ''],
        links: overviewLinks(allianceId),
        breadcrumbs: [
          { text: 'Alliances', href: '/alliances' },
          { text: model.alliance.name, href: `/alliances/${allianceId}` },
        ],
      });
    },
  );
}
