import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../platform/module.ts';
import { mayChangeEverywhere } from '../../platform/http/scope.ts';
import { requireUuid } from '../../platform/http/api.ts';
import { formatMoneyShort } from '../../platform/money.ts';
import { pipelineHeadline } from '../business-areas/index.ts';
import { formatPeopleShort, numbersWarnings } from './alliance-numbers.domain.ts';
import type { ReportingService } from './reporting.service.ts';

type DashboardQuery = { Querystring: { alliance?: string } };

export function registerReportingPages(
  app: FastifyInstance,
  deps: ModuleDeps & { reporting: ReportingService },
): void {
  const { reporting } = deps;

  app.get<DashboardQuery>('/', { config: { access: 'signed-in' } }, async (request, reply) => {
    const canAddAlliance = mayChangeEverywhere(request, { anyOf: ['programme_team'] });
    const asked = request.query.alliance;
    const { choices, chosen } = await reporting.dashboard(
      asked === undefined ? undefined : requireUuid(asked, 'alliance'),
    );
    if (chosen === undefined) {
      return reply.render('reporting/views/dashboard.njk', {
        pageTitle: 'The alliance in numbers',
        canAddAlliance,
      });
    }
    const { alliance, numbers, pipeline } = chosen;
    return reply.render('reporting/views/dashboard.njk', {
      pageTitle: `The alliance in numbers: ${alliance.name}`,
      alliance,
      numbers,
      headline: {
        combinedBudget:
          numbers.combinedBudgetPence === null ? null : formatMoneyShort(numbers.combinedBudgetPence),
        population: numbers.populationServed === null ? null : formatPeopleShort(numbers.populationServed),
        savingsTarget:
          numbers.savingsTargetPence === null ? null : formatMoneyShort(numbers.savingsTargetPence),
        remitBudget: numbers.remitBudgetPence === null ? null : formatMoneyShort(numbers.remitBudgetPence),
        businessAreas: pipeline && pipelineHeadline(pipeline),
      },
      warnings: numbersWarnings(numbers),
      choices: choices.map((choice) => ({
        value: choice.id,
        text: choice.name,
        selected: choice.id === alliance.id,
      })),
      canAddAlliance,
    });
  });
}
