import type { FieldError } from '../../platform/errors.ts';
import { formatDate } from '../../platform/dates.ts';
import { OFFICE_DEFINITIONS, currentHolder, type Office, type Term } from '../organisations/index.ts';

export const AGREEMENT_KINDS = ['overarching', 'section_22a', 'other'] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

export const AGREEMENT_KIND_LABELS: Record<AgreementKind, string> = {
  overarching: 'Overarching alliance agreement',
  section_22a: 'Section 22A collaboration agreement',
  other: 'Other agreement',
};

/** A party is a corporation sole: an office of an organisation, not the person who holds it. */
export interface Party {
  readonly organisationId: string;
  readonly office: Office;
}

/** A corporation sole the law requires, as the organisations module reports who holds it. */
export interface RequiredSole extends Party {
  readonly organisationName: string;
}

export const SIGNED_AS = ['office_holder', 'delegate'] as const;
export type SignedAs = (typeof SIGNED_AS)[number];

export interface Signature extends Party {
  readonly signedOn: string;
  readonly signedAs: SignedAs;
  /** The person who put pen to paper: the office holder, or the named delegate. */
  readonly signatoryName: string;
  /** A delegate's own post ("Deputy chief constable"); null for the office holder. */
  readonly delegateRole: string | null;
}

export const partyKey = (party: Party): string => `${party.organisationId}:${party.office}`;

export function officeLabel(office: Office): string {
  return OFFICE_DEFINITIONS[office].label.toLowerCase();
}

/**
 * Police Act 1996 s22A(3)–(4): a provision about the functions of a force's officers needs the
 * chief officer and the local policing body of each force involved. The alliance's forces and
 * their PCC offices are its members; every corporation sole among them must be a party.
 */
export function partyProblems(
  parties: readonly Party[],
  required: readonly RequiredSole[],
  providesForOfficers: boolean,
): FieldError[] {
  if (parties.length === 0) return [{ field: 'parties', message: 'Select the parties to the agreement' }];
  const keys = new Set(parties.map(partyKey));
  if (keys.size !== parties.length) return [{ field: 'parties', message: 'Select each party once' }];
  if (!providesForOfficers) return [];
  const missing = required.filter((sole) => !keys.has(partyKey(sole)));
  if (missing.length === 0) return [];
  const names = missing.map((sole) => `the ${officeLabel(sole.office)} of ${sole.organisationName}`);
  const message =
    `An agreement about the functions of police officers needs every chief officer and police and crime ` +
    `commissioner involved as a party (Police Act 1996, section 22A): add ${names.join(', ')}`;
  return [{ field: 'parties', message }];
}

/** Everyone's names compare without case or repeated spaces: "Shaun  sawyer" is Shaun Sawyer. */
function sameName(a: string, b: string): boolean {
  const normal = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();
  return normal(a) === normal(b);
}

/**
 * A signature binds the corporation sole only if given by whoever held the office on the day, or
 * by a delegate acting for that holder: with nobody in office, nobody can delegate either. Terms
 * include their first and last days.
 */
export function signatureProblem(
  signature: Signature,
  terms: readonly Term[],
  today: string,
): FieldError | undefined {
  const office = officeLabel(signature.office);
  if (signature.signedOn > today)
    return { field: 'signedOn', message: 'The date signed must be today or in the past' };
  const holder = currentHolder(terms, signature.office, signature.signedOn);
  const day = formatDate(signature.signedOn);
  if (!holder) {
    const message = `Nobody held the office of ${office} on ${day}, so nobody could sign or delegate for it`;
    return { field: 'signedOn', message };
  }
  if (signature.signedAs === 'delegate') {
    if (!signature.delegateRole?.trim())
      return { field: 'delegateRole', message: "Enter the delegate's post" };
    return undefined;
  }
  if (!sameName(signature.signatoryName, holder.holderName)) {
    const message = `${signature.signatoryName} did not hold the office of ${office} on ${day}: sign as a named delegate, or check the date`;
    return { field: 'signatoryName', message };
  }
  return undefined;
}

/** The parties still to sign, in the order they were listed. */
export function unsigned(parties: readonly Party[], signatures: readonly Party[]): Party[] {
  const signed = new Set(signatures.map(partyKey));
  return parties.filter((party) => !signed.has(partyKey(party)));
}

/** An agreement (or a variation) binds only when every party has signed (Police Act 1996 s23C). */
export function everyPartySigned(parties: readonly Party[], signatures: readonly Party[]): boolean {
  return parties.length > 0 && unsigned(parties, signatures).length === 0;
}
