import type { FieldError } from '../../platform/errors.ts';

export const ORGANISATION_KINDS = [
  'police_force',
  'policing_body',
  'fire_and_rescue_authority',
  'other',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const KIND_LABELS: Record<OrganisationKind, string> = {
  police_force: 'Police force',
  policing_body: 'Policing body (office of the police and crime commissioner)',
  fire_and_rescue_authority: 'Fire and rescue authority',
  other: 'Other',
};

/** For tables, where the full label of a policing body would crowd out the rest. */
export const KIND_SHORT_LABELS: Record<OrganisationKind, string> = {
  police_force: 'Police force',
  policing_body: 'Policing body',
  fire_and_rescue_authority: 'Fire and rescue authority',
  other: 'Other',
};

export const KIND_PLURALS: Record<OrganisationKind, string> = {
  police_force: 'Police forces',
  policing_body: 'Policing bodies (offices of police and crime commissioners)',
  fire_and_rescue_authority: 'Fire and rescue authorities',
  other: 'Other organisations',
};

export const OFFICES = [
  'chief_constable',
  'police_and_crime_commissioner',
  'police_fire_and_crime_commissioner',
  'deputy_chief_constable',
  'chief_executive',
  'chief_finance_officer',
  'other',
] as const;
export type Office = (typeof OFFICES)[number];

export interface OfficeDefinition {
  readonly label: string;
  /** A corporation sole is a legal person in its own right: it signs agreements and gives approvals. */
  readonly corporationSole: boolean;
  /** Offices one person holds at a time; "other" covers several different posts at once. */
  readonly oneHolderAtATime: boolean;
  readonly suits: readonly OrganisationKind[];
}

const EVERY_KIND = ORGANISATION_KINDS;

export const OFFICE_DEFINITIONS: Record<Office, OfficeDefinition> = {
  chief_constable: {
    label: 'Chief constable',
    corporationSole: true,
    oneHolderAtATime: true,
    suits: ['police_force'],
  },
  police_and_crime_commissioner: {
    label: 'Police and crime commissioner',
    corporationSole: true,
    oneHolderAtATime: true,
    suits: ['policing_body'],
  },
  police_fire_and_crime_commissioner: {
    label: 'Police, fire and crime commissioner',
    corporationSole: true,
    oneHolderAtATime: true,
    suits: ['policing_body', 'fire_and_rescue_authority'],
  },
  deputy_chief_constable: {
    label: 'Deputy chief constable',
    corporationSole: false,
    oneHolderAtATime: true,
    suits: ['police_force'],
  },
  chief_executive: {
    label: 'Chief executive',
    corporationSole: false,
    oneHolderAtATime: true,
    suits: ['policing_body', 'fire_and_rescue_authority', 'other'],
  },
  chief_finance_officer: {
    label: 'Chief finance officer',
    corporationSole: false,
    oneHolderAtATime: true,
    suits: EVERY_KIND,
  },
  other: { label: 'Other office', corporationSole: false, oneHolderAtATime: false, suits: EVERY_KIND },
};

export function isOrganisationKind(value: string): value is OrganisationKind {
  return (ORGANISATION_KINDS as readonly string[]).includes(value);
}

export function officeSuitsKind(office: Office, kind: OrganisationKind): boolean {
  return OFFICE_DEFINITIONS[office].suits.includes(kind);
}

export function officesFor(kind: OrganisationKind): Office[] {
  return OFFICES.filter((office) => officeSuitsKind(office, kind));
}

export function isCorporationSole(office: Office): boolean {
  return OFFICE_DEFINITIONS[office].corporationSole;
}

/** One person's time in an office. Dates are 'YYYY-MM-DD'; the end date is the last day in office. */
export interface Term {
  readonly office: Office;
  readonly holderName: string;
  readonly startDate: string;
  readonly endDate: string | null;
}

/** ISO dates compare correctly as strings. */
export function holdsOfficeOn(term: Term, onDate: string): boolean {
  return term.startDate <= onDate && (term.endDate === null || term.endDate >= onDate);
}

export function currentHolder<T extends Term>(
  terms: readonly T[],
  office: Office,
  onDate: string,
): T | undefined {
  return terms.find((term) => term.office === office && holdsOfficeOn(term, onDate));
}

export function termsOverlap(a: Term, b: Term): boolean {
  const aEndsAfterBStarts = a.endDate === null || a.endDate >= b.startDate;
  const bEndsAfterAStarts = b.endDate === null || b.endDate >= a.startDate;
  return aEndsAfterBStarts && bEndsAfterAStarts;
}

/** The existing term of the same office that a new term would overlap, if any. */
export function overlappingTerm<T extends Term>(existing: readonly T[], proposed: Term): T | undefined {
  if (!OFFICE_DEFINITIONS[proposed.office].oneHolderAtATime) return undefined;
  return existing.find((term) => term.office === proposed.office && termsOverlap(term, proposed));
}

export function termDatesProblem(term: Pick<Term, 'startDate' | 'endDate'>): FieldError | undefined {
  if (term.endDate !== null && term.endDate < term.startDate) {
    return { field: 'endDate', message: 'End date must be the same as or after the start date' };
  }
  return undefined;
}

/** A year on its own says nothing; a figure without its year is allowed, though less useful. */
export function populationProblem(input: {
  population?: number | undefined;
  populationYear?: number | undefined;
}): FieldError | undefined {
  if (input.population === undefined && input.populationYear !== undefined) {
    return { field: 'population', message: 'Enter the population, or leave the year blank' };
  }
  return undefined;
}

export function overlapMessage(other: Term, describeDate: (date: string) => string): string {
  const until = other.endDate === null ? 'with no end date' : `to ${describeDate(other.endDate)}`;
  return (
    `${other.holderName} holds this office from ${describeDate(other.startDate)} ${until}: ` +
    'terms of the same office must not overlap'
  );
}
