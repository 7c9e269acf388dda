import { formatDate, type IsoDate } from '../../../platform/dates.ts';
import { describeBasis } from './cost-sharing.domain.ts';
import type { BasisWithShares, PartyShare } from './cost-sharing.service.ts';

/** What the cost-sharing and what-if templates show, worked out here so the templates stay simple. */

export interface AllianceRef {
  readonly id: string;
  readonly name: string;
}

export function financeCrumbs(alliance: AllianceRef, extra: readonly { text: string; href: string }[] = []) {
  return [
    { text: 'Alliances', href: '/alliances' },
    { text: alliance.name, href: `/alliances/${alliance.id}` },
    { text: 'Finance', href: `/alliances/${alliance.id}/finance` },
    ...extra,
  ];
}

export { pageErrors } from '../finance-pages.schemas.ts';

/** "72.22%": shares are kept to four places; two are enough to read. */
export function percentText(percent: number): string {
  return `${percent.toLocaleString('en-GB', { maximumFractionDigits: 2 })}%`;
}

export function effectiveText(from: IsoDate, to: IsoDate | null): string {
  return to ? `${formatDate(from)} to ${formatDate(to)}` : `From ${formatDate(from)}`;
}

export function inEffectOn(version: { effectiveFrom: IsoDate; effectiveTo: IsoDate | null }, day: IsoDate) {
  return version.effectiveFrom <= day && (version.effectiveTo === null || version.effectiveTo >= day);
}

export interface VersionRow {
  readonly id: string;
  readonly versionNumber: number;
  readonly label: string;
  readonly description: string;
  readonly shares: readonly { name: string; percent: string }[];
  readonly effective: string;
  readonly reason: string | null;
  /** "Resumes version 1 after version 2", on a version that carries an interrupted one on. */
  readonly resumes: string | null;
  readonly adoptedAt: Date;
  readonly inEffect: boolean;
}

export function versionRow(version: BasisWithShares, today: IsoDate): VersionRow {
  return {
    id: version.id,
    versionNumber: version.versionNumber,
    label: version.label,
    description: describeBasis(version.definition),
    shares: version.shares.map((s: PartyShare) => ({ name: s.name, percent: percentText(s.sharePercent) })),
    effective: effectiveText(version.effectiveFrom, version.effectiveTo),
    reason: version.reason,
    resumes:
      version.resumesVersionNumber === null
        ? null
        : `Resumes version ${version.resumesVersionNumber} after version ${version.versionNumber - 1}`,
    adoptedAt: version.createdAt,
    inEffect: inEffectOn(version, today),
  };
}

export interface Scope {
  readonly title: string;
  readonly businessAreaId: string | null;
  readonly versions: readonly VersionRow[];
}

/** The alliance's default first, then each area with a basis of its own, by area name. */
export function scopesOf(
  versions: readonly BasisWithShares[],
  areas: readonly AllianceRef[],
  today: IsoDate,
): Scope[] {
  const rows = (areaId: string | null) =>
    versions
      .filter((v) => v.businessAreaId === areaId)
      .sort((a, b) => b.versionNumber - a.versionNumber)
      .map((v) => versionRow(v, today));
  const ownBases = areas.filter((area) => versions.some((v) => v.businessAreaId === area.id));
  return [
    { title: 'The alliance’s default basis', businessAreaId: null, versions: rows(null) },
    ...ownBases.map((area) => ({ title: area.name, businessAreaId: area.id, versions: rows(area.id) })),
  ];
}

/** The versions to choose from when splitting an amount, each named with its scope. */
export function versionChoices(scopes: readonly Scope[], selected: string) {
  return [
    { value: '', text: 'Choose a version' },
    ...scopes.flatMap((scope) =>
      scope.versions.map((v) => ({
        value: v.id,
        text: `${scope.businessAreaId ? scope.title : 'Alliance default'}: version ${v.versionNumber}, ${v.label}${v.inEffect ? ' (in effect today)' : ''}`,
        selected: v.id === selected,
      })),
    ),
  ];
}
