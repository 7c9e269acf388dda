import type { Clock } from '../../platform/clock.ts';
import { londonDate } from '../../platform/dates.ts';
import type { Db } from '../../platform/db/database.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { currentCorporationSoles, type Office } from '../organisations/index.ts';
import type { AgreementKind, RequiredSole, SignedAs } from './agreements.domain.ts';
import { latestVersion, versionOn } from './agreement-terms.domain.ts';
import type { AgreementState } from './agreements.workflow.ts';
import * as repo from './agreements.repo.ts';

export const NOT_FOUND = 'Agreement not found';

export interface AgreementParty {
  readonly organisationId: string;
  readonly office: Office;
  readonly organisationName: string;
}

export interface AgreementSignature {
  readonly organisationId: string;
  readonly office: Office;
  readonly signedOn: string;
  readonly signedAs: SignedAs;
  readonly signatoryName: string;
  readonly delegateRole: string | null;
}

export interface AgreementVersion extends Omit<repo.VersionRow, 'createdAt' | 'agreementId'> {
  readonly businessAreas: readonly { readonly id: string; readonly name: string }[];
  readonly signatures: readonly AgreementSignature[];
}

export interface Agreement {
  readonly id: string;
  readonly allianceId: string;
  readonly kind: AgreementKind;
  readonly state: AgreementState;
  readonly commencement: string;
  readonly terminatedOn: string | null;
  readonly version: number;
  readonly updatedAt: Date;
  readonly parties: readonly AgreementParty[];
  readonly versions: readonly AgreementVersion[];
  readonly moves: readonly repo.MoveRow[];
}

/**
 * Agreements with every version, their parties, signatures and history of moves: six queries
 * however many agreements (the published list reads them all).
 */
export async function loadAgreements(db: Db, ids: readonly string[]): Promise<Agreement[]> {
  if (ids.length === 0) return [];
  const [rows, parties, versions, moves] = await Promise.all([
    repo.findAgreements(db, ids),
    repo.partiesOf(db, ids),
    repo.versionsOf(db, ids),
    repo.movesOf(db, ids),
  ]);
  const versionIds = versions.map((version) => version.id);
  const [areas, signatures] = await Promise.all([
    repo.areasOf(db, versionIds),
    repo.signaturesOf(db, versionIds),
  ]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    return [
      {
        ...row,
        kind: row.kind as AgreementKind,
        state: row.state as AgreementState,
        parties: parties
          .filter((party) => party.agreementId === id)
          .map(({ agreementId: _agreementId, ...party }) => ({ ...party, office: party.office as Office })),
        versions: versions
          .filter((version) => version.agreementId === id)
          .map((version) => versionOf(version, areas, signatures)),
        moves: moves.filter((move) => move.agreementId === id),
      },
    ];
  });
}

function versionOf(
  { createdAt: _createdAt, agreementId: _agreementId, ...version }: repo.VersionRow,
  areas: readonly { versionId: string; id: string; name: string }[],
  signatures: readonly repo.SignatureRow[],
): AgreementVersion {
  return {
    ...version,
    businessAreas: areas
      .filter((area) => area.versionId === version.id)
      .map(({ id: areaId, name }) => ({ id: areaId, name })),
    signatures: signatures
      .filter((signature) => signature.versionId === version.id)
      .map((signature) => ({
        organisationId: signature.organisationId,
        office: signature.office as Office,
        signedOn: signature.signedOn,
        signedAs: signature.signedAs as SignedAs,
        signatoryName: signature.signatoryName,
        delegateRole: signature.delegateRole,
      })),
  };
}

export async function loadAgreement(db: Db, id: string): Promise<Agreement | undefined> {
  const [agreement] = await loadAgreements(db, [id]);
  return agreement;
}

export async function loadOrFail(db: Db, id: string): Promise<Agreement> {
  const agreement = await loadAgreement(db, id);
  if (!agreement) throw new NotFoundError(NOT_FOUND);
  return agreement;
}

/** As it stood on a date; before it commenced, the version it was made with. */
export function versionAsAt(agreement: Agreement, asAt: string | undefined): AgreementVersion | undefined {
  if (asAt === undefined) return latestVersion(agreement.versions);
  if (asAt < agreement.commencement) return agreement.versions[0];
  return versionOn(agreement.versions, asAt);
}

/** Every corporation sole among the alliance's members in office on the date: the parties proposed. */
export async function requiredSoles(db: Db, allianceId: string, onDate: string): Promise<RequiredSole[]> {
  const memberIds = await repo.allianceMemberIds(db, allianceId);
  const [soles, names] = await Promise.all([
    currentCorporationSoles(db, memberIds, onDate),
    repo.organisationNames(db, memberIds),
  ]);
  const nameOf = new Map(names.map((organisation) => [organisation.id, organisation.name]));
  return soles.map((sole) => ({
    organisationId: sole.organisationId,
    office: sole.office,
    organisationName: nameOf.get(sole.organisationId) ?? sole.organisationId,
  }));
}

export function createAgreementsService(deps: { readonly db: Db; readonly clock: Clock }) {
  const { db, clock } = deps;
  const today = () => londonDate(clock.now());
  return {
    today,
    get: (id: string) => loadOrFail(db, id),
    register: (options: Parameters<typeof repo.registerPage>[1]) => repo.registerPage(db, options),
    requiredSoles: (allianceId: string, onDate = today()) => requiredSoles(db, allianceId, onDate),
    choices: async (allianceId: string) => {
      const memberIds = await repo.allianceMemberIds(db, allianceId);
      const [organisations, areas, bases] = await Promise.all([
        repo.organisationNames(db, memberIds),
        repo.areasOfAlliance(db, allianceId),
        repo.basesOfAlliance(db, allianceId),
      ]);
      return { organisations, areas, bases };
    },
    organisationNames: (ids: readonly string[]) => repo.organisationNames(db, ids),
  };
}

export type AgreementsService = ReturnType<typeof createAgreementsService>;
