/**
 * Sign-in throttling (ADR: sign-in throttling by account and address). NCSC guidance prefers
 * throttling to lockout, allowing about 10 attempts, because a lockout lets anyone lock anyone
 * out: here no count of failures can stop a person signing in from an address that has not
 * failed for their account.
 */
export interface SignInLimits {
  /** Failures are counted over this window; every block ends within it. */
  readonly windowMinutes: number;
  /** Guessing one account's password from one address. */
  readonly maxFailuresPerAccountAndAddress: number;
  /** Password spraying: one address failing across many accounts. */
  readonly maxFailuresPerAddress: number;
  /** Failures at one account from all addresses before its backoff starts. */
  readonly accountBackoffAfter: number;
}

export const SIGN_IN_LIMITS: SignInLimits = {
  windowMinutes: 15,
  maxFailuresPerAccountAndAddress: 10,
  maxFailuresPerAddress: 50,
  accountBackoffAfter: 10,
};

/** Failed sign-ins in the window, as the database counts them. */
export interface SignInFailures {
  /** For this account (email) from this address. */
  readonly accountAndAddress: number;
  /** From this address, for any email. */
  readonly address: number;
  /** For this account, from any address. */
  readonly account: number;
  /** The latest failure for this account, from any address. */
  readonly lastAccountFailureAt: Date | null;
}

export type SignInDecision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly reason: 'account-and-address' | 'address' | 'account-backoff' };

/**
 * Whether a sign-in may be tried now. The per-account backoff applies only to addresses that have
 * already failed for the account: many failures from many addresses slow each of them, doubling
 * the wait (one minute, two, four … up to the window) after each further failure, but never the
 * account's owner at an address of their own.
 */
export function signInDecision(
  failures: SignInFailures,
  now: Date,
  limits: SignInLimits = SIGN_IN_LIMITS,
): SignInDecision {
  if (failures.accountAndAddress >= limits.maxFailuresPerAccountAndAddress)
    return { allowed: false, reason: 'account-and-address' };
  if (failures.address >= limits.maxFailuresPerAddress) return { allowed: false, reason: 'address' };
  if (failures.accountAndAddress === 0 || failures.lastAccountFailureAt === null) return { allowed: true };
  const beyond = failures.account - limits.accountBackoffAfter;
  if (beyond < 0) return { allowed: true };
  const waitMinutes = Math.min(2 ** beyond, limits.windowMinutes);
  const waited = now.getTime() - failures.lastAccountFailureAt.getTime();
  return waited >= waitMinutes * 60_000 ? { allowed: true } : { allowed: false, reason: 'account-backoff' };
}
