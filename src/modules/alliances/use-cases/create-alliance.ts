import { defineUseCase } from '../../../platform/usecase/use-case.ts';
import { recordAudit } from '../../audit/index.ts';
import * as repo from '../alliances.repo.ts';
import { loadOrFail } from '../alliances.service.ts';
import {
  ALLIANCES_TAGS,
  CHANGE_ALLIANCES,
  allianceInput,
  checkDetails,
  storedValues,
  withUniqueName,
} from './alliance-changes.ts';

export const createAlliance = defineUseCase({
  name: 'Add an alliance',
  operationId: 'createAlliance',
  summary: 'Add an alliance of two or more organisations',
  tags: ALLIANCES_TAGS,
  input: allianceInput,
  access: CHANGE_ALLIANCES,
  scope: 'unscoped-only',
  audit: 'alliance.created',
  run: async (details, { tx, change }) => {
    const id = crypto.randomUUID();
    await checkDetails(tx, details);
    await withUniqueName(() =>
      repo.insertAlliance(tx, { ...storedValues(details, null), id, now: change.now }),
    );
    const joinedOn = details.formedOn ?? null;
    const members = [...new Set(details.members)].map((organisationId) => ({ organisationId, joinedOn }));
    await repo.insertMembers(tx, id, members);
    const after = await loadOrFail(tx, id);
    const summary = `Added alliance ${details.name}`;
    await recordAudit(tx, change, { entityType: 'alliance', entityId: id, summary, after });
    return after;
  },
});
