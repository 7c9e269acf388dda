import { z } from 'zod';
import { defineUseCase } from '../../../../platform/usecase/use-case.ts';
import { recordAudit } from '../../../audit/index.ts';
import * as repo from '../business-areas.repo.ts';
import { CHANGE_PORTFOLIO, THE_ALLIANCE } from '../business-areas.access.ts';
import { INITIAL_STAGE } from '../business-areas.domain.ts';
import {
  PORTFOLIO_TAGS,
  areaDetailsInput,
  areaOrFail,
  checkDetails,
  storedValues,
  withUniqueName,
} from './area-changes.ts';

export const addBusinessArea = defineUseCase({
  name: 'Add a business area',
  operationId: 'createBusinessArea',
  summary: 'Add a business area to an alliance; it starts at scoping',
  tags: PORTFOLIO_TAGS,
  input: areaDetailsInput.extend({ allianceId: z.uuid() }),
  access: CHANGE_PORTFOLIO,
  scope: THE_ALLIANCE,
  audit: 'business_area.created',
  run: async ({ allianceId, ...details }, { tx, clock, change }) => {
    const id = crypto.randomUUID();
    const alliance = await checkDetails(tx, clock, allianceId, details);
    await withUniqueName(() =>
      repo.insertArea(tx, {
        ...storedValues(details),
        id,
        allianceId,
        stage: INITIAL_STAGE,
        now: change.now,
      }),
    );
    const after = await areaOrFail(tx, id);
    const summary = `Added business area ${after.name} to ${alliance.name}`;
    await recordAudit(tx, change, { entityType: 'business_area', entityId: id, summary, after });
    return after;
  },
});
