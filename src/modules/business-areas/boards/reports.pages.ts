import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../platform/module.ts';
import { mayChange } from '../../../platform/http/scope.ts';
import { RECORD_DECISIONS } from '../portfolio/business-areas.access.ts';
import { requireUuid } from '../../../platform/http/api.ts';
import type { Alliance } from '../../alliances/index.ts';
import { STAGE_LABELS, type Stage } from '../pipeline/business-case.domain.ts';
import {
  CONDITION_FILTERS,
  CONDITION_STATUS_LABELS,
  type ConditionFilter,
} from './condition-status.domain.ts';
import { barStep, pipelineHeadline } from '../pipeline/pipeline-figures.domain.ts';
import type { ReportsService } from './reports.service.ts';
import { OUTCOME_LABELS } from './boards.domain.ts';

type AllianceParams = { Params: { allianceId: string } };

const FILTER_LABELS: Record<ConditionFilter, string> = {
  all: 'All',
  open: 'Open',
  overdue: 'Overdue',
  closed: 'Closed',
};

const STATUS_TAG_CLASSES = { open: 'govuk-tag--blue', overdue: 'govuk-tag--red', closed: 'govuk-tag--grey' };

export function asConditionFilter(value: unknown): ConditionFilter {
  return CONDITION_FILTERS.find((filter) => filter === value) ?? 'all';
}

function crumbs(alliance: Alliance) {
  return [
    { text: 'Alliances', href: '/alliances' },
    { text: alliance.shortName, href: `/alliances/${alliance.id}` },
  ];
}

export function portfolioHref(allianceId: string, stage?: string): string {
  const base = `/alliances/${allianceId}/business-areas`;
  return stage ? `${base}?stage=${encodeURIComponent(stage)}` : base;
}

export function registerReportPages(
  app: FastifyInstance,
  deps: ModuleDeps & { reports: ReportsService },
): void {
  const { reports } = deps;

  app.get<AllianceParams>(
    '/alliances/:allianceId/pipeline',
    { config: { access: 'signed-in' } },
    async (request, reply) => {
      const allianceId = requireUuid(request.params.allianceId, 'alliance');
      const { alliance, figures, remitBudgetPence } = await reports.pipeline(allianceId);
      return reply.render('business-areas/views/pipeline-view.njk', {
        pageTitle: `Business areas by stage: ${alliance.name}`,
        alliance,
        figures,
        headline: pipelineHeadline(figures),
        remitBudgetPence,
        stages: figures.stages.map((line) => ({
          ...line,
          href: portfolioHref(allianceId, line.stage),
          bar: barStep(line.percentOfLargest),
        })),
        portfolioHref: portfolioHref(allianceId),
        breadcrumbs: crumbs(alliance),
      });
    },
  );

  app.get<AllianceParams & { Querystring: { status?: string } }>(
    '/alliances/:allianceId/conditions',
    { config: { access: 'signed-in' } },
    async (request, reply) => {
      const allianceId = requireUuid(request.params.allianceId, 'alliance');
      const filter = asConditionFilter(request.query.status);
      const { alliance, totals, conditions } = await reports.conditions(allianceId, filter);
      const base = `/alliances/${allianceId}/conditions`;
      return reply.render('business-areas/views/boards-conditions.njk', {
        pageTitle: `Conditions: ${alliance.name}`,
        alliance,
        filter,
        filterLabel: FILTER_LABELS[filter],
        totals,
        filters: CONDITION_FILTERS.map((value) => ({
          text: FILTER_LABELS[value],
          href: value === 'all' ? base : `${base}?status=${value}`,
          active: value === filter,
        })),
        conditions: conditions.map((condition) => ({
          ...condition,
          outcomeLabel: OUTCOME_LABELS[condition.decisionOutcome] ?? condition.decisionOutcome,
          tag: {
            text: CONDITION_STATUS_LABELS[condition.status],
            classes: STATUS_TAG_CLASSES[condition.status],
          },
        })),
        canClose: await mayChange(request, RECORD_DECISIONS, 'alliance', alliance.id),
        breadcrumbs: crumbs(alliance),
      });
    },
  );

  app.get<{ Params: { id: string } }>(
    '/business-areas/:id/timeline',
    { config: { access: 'signed-in' } },
    async (request, reply) => {
      const { area, alliance, events } = await reports.timeline(
        requireUuid(request.params.id, 'business area'),
      );
      return reply.render('business-areas/views/timeline.njk', {
        pageTitle: `Timeline of ${area.name}`,
        area: { ...area, stageLabel: STAGE_LABELS[area.stage as Stage] ?? area.stage },
        alliance,
        entries: events.map((event) => ({
          summary: event.summary,
          actorLabel: event.actorLabel,
          kindLabel: event.kindLabel,
          forEarlierSubmission: event.forEarlierSubmission,
          occurredAt: event.occurredAt.toISOString(),
        })),
        breadcrumbs: [
          ...crumbs(alliance),
          { text: 'Business areas', href: portfolioHref(alliance.id) },
          { text: area.name, href: `/business-areas/${area.id}` },
        ],
      });
    },
  );
}
