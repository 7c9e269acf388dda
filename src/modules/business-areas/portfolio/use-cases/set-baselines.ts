import { z } from 'zod';
import { formatMoney, type Pence } from '../../../../platform/money.ts';
import { defineUseCase } from '../../../../platform/usecase/use-case.ts';
import { recordAudit } from '../../../audit/index.ts';
import * as repo from '../business-areas.repo.ts';
import { CHANGE_BASELINES, THE_AREA } from '../business-areas.access.ts';
import { baselineProblems } from '../business-areas.domain.ts';
import { areaView } from '../business-areas.service.ts';
import { PORTFOLIO_TAGS, changedMeanwhile, refuse } from './area-changes.ts';

/** Amounts and headcounts are checked by the domain's rule, which names the force in its message. */
const baselineInput = z.object({
  organisationId: z.string().max(100),
  budgetPence: z.number().transform((value) => value as Pence),
  officers: z.number(),
  staff: z.number(),
});

/** The baselines are part of the area's record: saving them moves its version on. */
export const setBaselines = defineUseCase({
  name: 'Set the baselines of a business area',
  operationId: 'replaceBaselines',
  summary: "Replace the baselines: each member force's budget in pence and its officers and staff",
  tags: PORTFOLIO_TAGS,
  input: z.object({ id: z.uuid(), version: z.number().int(), baselines: z.array(baselineInput).max(100) }),
  access: CHANGE_BASELINES,
  scope: THE_AREA,
  audit: 'business_area.baselines-set',
  run: async ({ id, version, baselines }, { tx, clock, change }) => {
    const before = await areaView(tx, clock, id);
    if (before.area.version !== version) throw changedMeanwhile(before.area.name);
    refuse(baselineProblems(baselines, before.alliance.memberForces));
    await repo.replaceBaselines(tx, id, baselines);
    if (!(await repo.updateArea(tx, id, version, {}, change.now))) throw changedMeanwhile(before.area.name);
    const after = await areaView(tx, clock, id);
    const { budgetPence, officers, staff } = after.totals;
    await recordAudit(tx, change, {
      entityType: 'business_area',
      entityId: id,
      summary: `Set the baselines of ${after.area.name}: ${formatMoney(budgetPence)}, ${officers} officers and ${staff} staff`,
      before: { version: before.area.version, baselines: before.baselines.filter((b) => b.recorded) },
      after: { version: after.area.version, baselines: after.baselines.filter((b) => b.recorded) },
    });
    return after;
  },
});
