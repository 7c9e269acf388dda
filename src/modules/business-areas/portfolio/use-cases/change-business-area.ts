import { z } from 'zod';
import { defineUseCase } from '../../../../platform/usecase/use-case.ts';
import { recordAudit } from '../../../audit/index.ts';
import * as repo from '../business-areas.repo.ts';
import { CHANGE_PORTFOLIO, THE_AREA } from '../business-areas.access.ts';
import {
  PORTFOLIO_TAGS,
  areaDetailsInput,
  areaOrFail,
  changedMeanwhile,
  checkDetails,
  storedValues,
  withUniqueName,
} from './area-changes.ts';

export const changeBusinessArea = defineUseCase({
  name: 'Change a business area',
  operationId: 'updateBusinessArea',
  summary: 'Change a business area (send the version you read; a stale one is refused with 409)',
  tags: PORTFOLIO_TAGS,
  input: areaDetailsInput.extend({ id: z.uuid(), version: z.number().int() }),
  access: CHANGE_PORTFOLIO,
  scope: THE_AREA,
  audit: 'business_area.updated',
  run: async ({ id, version, ...details }, { tx, clock, change }) => {
    const before = await areaOrFail(tx, id);
    if (before.version !== version) throw changedMeanwhile(before.name);
    await checkDetails(tx, clock, before.allianceId, details, id);
    const saved = await withUniqueName(() =>
      repo.updateArea(tx, id, version, storedValues(details), change.now),
    );
    if (!saved) throw changedMeanwhile(before.name);
    const after = await areaOrFail(tx, id);
    const summary = `Changed business area ${after.name}`;
    await recordAudit(tx, change, { entityType: 'business_area', entityId: id, summary, before, after });
    return after;
  },
});
