import { z } from 'zod';
import { londonDate } from '../../../platform/dates.ts';
import { defineUseCase } from '../../../platform/usecase/use-case.ts';
import { recordAudit } from '../../audit/index.ts';
import * as repo from '../alliances.repo.ts';
import { membershipChanges } from '../alliances.domain.ts';
import { loadOrFail } from '../alliances.service.ts';
import {
  ALLIANCES_TAGS,
  CHANGE_ALLIANCES,
  THE_ALLIANCE,
  allianceId,
  allianceInput,
  checkDetails,
  conflict,
  endedOnAfter,
  storedValues,
  withUniqueName,
} from './alliance-changes.ts';

export const changeAlliance = defineUseCase({
  name: 'Change an alliance',
  operationId: 'updateAlliance',
  summary: 'Change an alliance and its members (send the version you read; a stale one is refused with 409)',
  tags: ALLIANCES_TAGS,
  input: allianceInput.extend({ id: allianceId, version: z.number().int().min(1) }),
  access: CHANGE_ALLIANCES,
  scope: THE_ALLIANCE,
  audit: 'alliance.updated',
  run: async (details, { tx, change }) => {
    const { id } = details;
    const before = await loadOrFail(tx, id);
    if (before.version !== details.version) throw conflict(before.name);
    await checkDetails(tx, details, before);
    const values = storedValues(details, endedOnAfter(details.status, before.endedOn, change));
    const saved = await withUniqueName(() =>
      repo.updateAlliance(tx, id, details.version, values, change.now),
    );
    if (!saved) throw conflict(before.name);
    const changes = membershipChanges(
      before.members.map((m) => m.organisationId),
      details.members,
    );
    await repo.deleteMembers(tx, id, changes.removed);
    const joinedOn = londonDate(change.now);
    await repo.insertMembers(
      tx,
      id,
      changes.added.map((organisationId) => ({ organisationId, joinedOn })),
    );
    const after = await loadOrFail(tx, id);
    const summary = `Changed alliance ${after.name}`;
    await recordAudit(tx, change, { entityType: 'alliance', entityId: id, summary, before, after });
    return after;
  },
});
