import { createHash, randomBytes } from 'node:crypto';
import type { FieldError } from '../../platform/errors.ts';
import { ROLE_LABELS, type Role, type RoleGrant } from '../../platform/http/access.ts';

export interface User {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly active: boolean;
  readonly version: number;
  /** False until a password is set: such a user cannot sign in. */
  readonly hasPassword: boolean;
  readonly roles: readonly RoleGrant[];
}

/** Emails are compared without case or surrounding space. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** NCSC advice: length over complexity rules; very long inputs are refused to bound hashing work. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

export function passwordProblem(password: string): string | undefined {
  if (password.length < PASSWORD_MIN_LENGTH)
    return `Password must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (password.length > PASSWORD_MAX_LENGTH)
    return `Password must be ${PASSWORD_MAX_LENGTH} characters or fewer`;
  return undefined;
}

/** A password a person can copy: 20 characters from an alphabet without look-alikes (about 110 bits). */
export function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(20);
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join('');
}

export function newSecretToken(prefix: string): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/** Only hashes of session and API tokens are stored. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export const API_TOKEN_PREFIX = 'alliance_';

export function roleGrantsEqual(a: RoleGrant, b: RoleGrant): boolean {
  return a.role === b.role && a.organisationId === b.organisationId;
}

export function hasRole(user: { roles: readonly RoleGrant[] }, role: Role): boolean {
  return user.roles.some((grant) => grant.role === role);
}

/**
 * HR and finance leads work for one force, and a programme team member may keep one
 * organisation's records; every other role holds everywhere. Keeping the user pages and the API
 * to the same set means a form can never widen a scoped role by saving it.
 */
export const SCOPED_ROLE_CHOICES: readonly Role[] = ['programme_team', 'hr', 'finance'];

/** The form field that holds a role's organisation: 'hrOrganisation', 'programmeTeamOrganisation'. */
export function scopeField(role: Role): string {
  return `${role.replace(/_(.)/g, (_match, letter: string) => letter.toUpperCase())}Organisation`;
}

/** Problems with a set of grants, given which of their organisations exist. */
export function roleGrantProblems(
  grants: readonly RoleGrant[],
  knownOrganisationIds: ReadonlySet<string>,
): FieldError[] {
  const problems: FieldError[] = [];
  if (grants.length === 0) problems.push({ field: 'roles', message: 'Select at least one role' });
  for (const grant of grants) {
    if (grant.organisationId === null) continue;
    if (!SCOPED_ROLE_CHOICES.includes(grant.role)) {
      problems.push({
        field: scopeField(grant.role),
        message: `The ${ROLE_LABELS[grant.role].toLowerCase()} role cannot be limited to one organisation`,
      });
    } else if (!knownOrganisationIds.has(grant.organisationId)) {
      problems.push({ field: scopeField(grant.role), message: 'Select an organisation from the list' });
    }
  }
  return problems;
}

/** The same grant twice is one grant. */
export function distinctGrants(grants: readonly RoleGrant[]): RoleGrant[] {
  return grants.filter(
    (grant, index) => grants.findIndex((other) => roleGrantsEqual(other, grant)) === index,
  );
}

/**
 * An administrator cannot lock themselves out: another administrator must remove their role or
 * deactivate them, so there is always someone who can put things right.
 */
export function selfChangeProblem(
  actorUserId: string | null,
  before: Pick<User, 'id' | 'roles'>,
  after: { readonly active: boolean; readonly roles: readonly RoleGrant[] },
): FieldError | undefined {
  if (actorUserId !== before.id) return undefined;
  if (hasRole(before, 'administrator') && !hasRole(after, 'administrator')) {
    return {
      field: 'roles',
      message: 'You cannot remove your own administrator role. Ask another administrator to do it.',
    };
  }
  if (!after.active) {
    return {
      field: 'active',
      message: 'You cannot deactivate your own account. Ask another administrator to do it.',
    };
  }
  return undefined;
}

/** "HR (Dorset Police)", or just "HR" when the role holds everywhere. */
export function roleGrantLabel(
  grant: RoleGrant,
  organisationName: (id: string) => string | undefined,
): string {
  const role = ROLE_LABELS[grant.role];
  if (grant.organisationId === null) return role;
  return `${role} (${organisationName(grant.organisationId) ?? 'unknown organisation'})`;
}
