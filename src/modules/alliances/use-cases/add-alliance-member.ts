import { z } from 'zod';
import { londonDate, parseIsoDate } from '../../../platform/dates.ts';
import { ValidationError } from '../../../platform/errors.ts';
import { apiVersion } from '../../../platform/validation.ts';
import { defineUseCase } from '../../../platform/usecase/use-case.ts';
import { recordAudit } from '../../audit/index.ts';
import { getOrganisationsByIds } from '../../organisations/index.ts';
import * as repo from '../alliances.repo.ts';
import { loadOrFail } from '../alliances.service.ts';
import { ALLIANCES_TAGS, CHANGE_ALLIANCES, THE_ALLIANCE, allianceId, claim } from './alliance-changes.ts';

export const addAllianceMember = defineUseCase({
  name: 'Add a member to an alliance',
  operationId: 'addAllianceMember',
  summary: 'Add a member organisation',
  tags: ALLIANCES_TAGS,
  input: z.object({
    allianceId,
    organisationId: z.string().max(100),
    version: apiVersion(),
    joinedOn: z.string().max(10).optional(),
  }),
  access: CHANGE_ALLIANCES,
  scope: THE_ALLIANCE,
  audit: 'alliance.member-added',
  run: async (input, { tx, change }) => {
    const before = await claim(tx, change, input.allianceId, input.version);
    const [organisation] = await getOrganisationsByIds(tx, [input.organisationId]);
    if (!organisation) {
      throw new ValidationError([
        { field: 'organisationId', message: 'Select an organisation from the list' },
      ]);
    }
    if (before.members.some((m) => m.organisationId === organisation.id)) {
      const message = `${organisation.name} is already a member of ${before.name}`;
      throw new ValidationError([{ field: 'organisationId', message }]);
    }
    const joinedOn = input.joinedOn ? parseIsoDate(input.joinedOn) : londonDate(change.now);
    if (!joinedOn) {
      throw new ValidationError([{ field: 'joinedOn', message: 'The date it joined must be a real date' }]);
    }
    await repo.insertMembers(tx, before.id, [{ organisationId: organisation.id, joinedOn }]);
    const after = await loadOrFail(tx, before.id);
    const summary = `Added ${organisation.name} to ${before.name}`;
    await recordAudit(tx, change, { entityType: 'alliance', entityId: before.id, summary, before, after });
    return after;
  },
});
