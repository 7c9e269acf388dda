import { createHash, randomBytes } from 'node:crypto';
import type { Role, RoleGrant } from '../../platform/http/access.ts';

export interface User {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly active: boolean;
  readonly version: number;
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

export interface SignInLimits {
  readonly windowMinutes: number;
  readonly maxFailuresPerEmail: number;
  readonly maxFailuresPerAddress: number;
}

export const SIGN_IN_LIMITS: SignInLimits = {
  windowMinutes: 15,
  maxFailuresPerEmail: 5,
  maxFailuresPerAddress: 20,
};

/** Throttles guessing at one account and spraying from one address, across all processes. */
export function signInBlocked(
  recent: { failuresForEmail: number; failuresFromAddress: number },
  limits: SignInLimits = SIGN_IN_LIMITS,
): boolean {
  return (
    recent.failuresForEmail >= limits.maxFailuresPerEmail ||
    recent.failuresFromAddress >= limits.maxFailuresPerAddress
  );
}

export function roleGrantsEqual(a: RoleGrant, b: RoleGrant): boolean {
  return a.role === b.role && a.organisationId === b.organisationId;
}

export function hasRole(user: { roles: readonly RoleGrant[] }, role: Role): boolean {
  return user.roles.some((grant) => grant.role === role);
}
