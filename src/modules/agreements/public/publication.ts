import type { Db } from '../../../platform/db/database.ts';
import { OFFICE_DEFINITIONS } from '../../organisations/index.ts';
import { AGREEMENT_KIND_LABELS, type SignedAs } from '../agreements.domain.ts';
import * as repo from '../agreements.repo.ts';
import { loadAgreement, loadAgreements, versionAsAt, type Agreement } from '../agreements.service.ts';
import { IN_FORCE_STATES, bindsParties } from '../agreements.workflow.ts';

/**
 * What the parties publish (Police Act 1996 s23E). An operationally sensitive agreement is
 * published by its title and objective only. No person is named: parties are offices, and a
 * signature says only whether the office holder or a delegate signed, and when (ADR 0035).
 */
export interface PublishedAgreement {
  readonly id: string;
  readonly kind: string;
  readonly title: string;
  readonly objective: string;
  readonly commencement: string;
  readonly operationallySensitive: boolean;
  readonly details: PublishedDetails | null;
}

export interface PublishedDetails {
  readonly versionNumber: number;
  readonly versionInEffectFrom: string;
  readonly reviewDate: string | null;
  readonly functions: string;
  readonly businessAreas: readonly string[];
  readonly parties: readonly string[];
  readonly hostForce: string | null;
  readonly directionAndControl: string | null;
  readonly noticeMonths: number;
  readonly exitContributionMonths: number;
  readonly insuranceAndLiabilities: string;
  readonly disputeResolution: string;
  readonly signatures: readonly {
    readonly party: string;
    readonly signedOn: string;
    readonly signedBy: string;
  }[];
}

const SIGNED_BY: Record<SignedAs, string> = { office_holder: 'The office holder', delegate: 'A delegate' };

function partyName(organisationName: string, office: keyof typeof OFFICE_DEFINITIONS): string {
  return `${OFFICE_DEFINITIONS[office].label}, ${organisationName}`;
}

/** The agreement as published on `today`; undefined when it is not in force that day. */
export function published(
  agreement: Agreement,
  today: string,
  names: ReadonlyMap<string, string>,
): PublishedAgreement | undefined {
  const version = bindsParties(agreement.state) ? versionAsAt(agreement, today) : undefined;
  if (!version || agreement.commencement > today) return undefined;
  const summary = {
    id: agreement.id,
    kind: AGREEMENT_KIND_LABELS[agreement.kind],
    title: version.title,
    objective: version.objective,
    commencement: agreement.commencement,
    operationallySensitive: version.operationallySensitive,
  };
  if (version.operationallySensitive) return { ...summary, details: null };
  const nameOf = (id: string | null) => (id ? (names.get(id) ?? null) : null);
  const partyOf = new Map(
    agreement.parties.map((p) => [
      `${p.organisationId}:${p.office}`,
      partyName(p.organisationName, p.office),
    ]),
  );
  return {
    ...summary,
    details: {
      versionNumber: version.versionNumber,
      versionInEffectFrom: version.effectiveFrom,
      reviewDate: version.reviewDate,
      functions: version.functions,
      businessAreas: version.businessAreas.map((area) => area.name),
      parties: [...partyOf.values()],
      hostForce: nameOf(version.hostOrganisationId),
      directionAndControl: nameOf(version.directionAndControlOrganisationId),
      noticeMonths: version.noticeMonths,
      exitContributionMonths: version.exitContributionMonths,
      insuranceAndLiabilities: version.insuranceAndLiabilities,
      disputeResolution: version.disputeResolution,
      signatures: version.signatures.map((s) => ({
        party: partyOf.get(`${s.organisationId}:${s.office}`) ?? '',
        signedOn: s.signedOn,
        signedBy: SIGNED_BY[s.signedAs],
      })),
    },
  };
}

const PUBLISHED_LIMIT = 1000;

/** Every agreement in force today, overarching first, then by title. */
export async function publishedAgreements(db: Db, today: string): Promise<PublishedAgreement[]> {
  const { rows } = await repo.registerPage(db, {
    asAt: today,
    states: IN_FORCE_STATES,
    offset: 0,
    limit: PUBLISHED_LIMIT,
  });
  const agreements = await loadAgreements(
    db,
    rows.map((row) => row.id),
  );
  const names = await organisationNamesOf(db, agreements);
  return agreements.map((agreement) => published(agreement, today, names)).filter((a) => a !== undefined);
}

export async function publishedAgreement(
  db: Db,
  id: string,
  today: string,
): Promise<PublishedAgreement | undefined> {
  const agreement = await loadAgreement(db, id);
  if (!agreement) return undefined;
  return published(agreement, today, await organisationNamesOf(db, [agreement]));
}

async function organisationNamesOf(db: Db, agreements: readonly Agreement[]): Promise<Map<string, string>> {
  const ids = new Set(
    agreements.flatMap((a) =>
      a.versions.flatMap((v) => [v.hostOrganisationId, v.directionAndControlOrganisationId]),
    ),
  );
  const rows = await repo.organisationNames(
    db,
    [...ids].filter((id) => id !== null),
  );
  return new Map(rows.map((row) => [row.id, row.name]));
}
