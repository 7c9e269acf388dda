import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { organisationsFound, type OrganisationsOf } from '../../platform/http/scope.ts';
import { allianceMembers } from '../alliances/alliances.tables.ts';
import { boards, businessAreas, decisionConditions, meetings } from './business-areas.tables.ts';

/**
 * A business area, and the meetings and conditions of its alliance, belong to the alliance's
 * members: a grant for one of them reaches them.
 */
export function businessAreaLookups(db: Db): {
  businessArea: OrganisationsOf;
  meeting: OrganisationsOf;
  condition: OrganisationsOf;
} {
  const member = { organisationId: allianceMembers.organisationId };
  return {
    businessArea: async (id) =>
      organisationsFound(
        await db
          .select(member)
          .from(businessAreas)
          .leftJoin(allianceMembers, eq(allianceMembers.allianceId, businessAreas.allianceId))
          .where(eq(businessAreas.id, id)),
      ),
    meeting: async (id) =>
      organisationsFound(
        await db
          .select(member)
          .from(meetings)
          .innerJoin(boards, eq(boards.id, meetings.boardId))
          .leftJoin(allianceMembers, eq(allianceMembers.allianceId, boards.allianceId))
          .where(eq(meetings.id, id)),
      ),
    condition: async (id) =>
      organisationsFound(
        await db
          .select(member)
          .from(decisionConditions)
          .innerJoin(businessAreas, eq(businessAreas.id, decisionConditions.businessAreaId))
          .leftJoin(allianceMembers, eq(allianceMembers.allianceId, businessAreas.allianceId))
          .where(eq(decisionConditions.id, id)),
      ),
  };
}
