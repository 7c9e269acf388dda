import { describe, expect, it } from 'vitest';
import { signInDecision, type SignInFailures } from './sign-in-throttle.domain.ts';

const NOW = new Date('2016-03-15T10:00:00Z');
const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);
const none: SignInFailures = { accountAndAddress: 0, address: 0, account: 0, lastAccountFailureAt: null };

describe('sign-in throttling', () => {
  it.each<[string, Partial<SignInFailures>, ReturnType<typeof signInDecision>]>([
    ['no failures', {}, { allowed: true }],
    [
      '9 failures for this account from this address',
      { accountAndAddress: 9, address: 9, account: 9, lastAccountFailureAt: minutesAgo(0) },
      { allowed: true },
    ],
    [
      '10 failures for this account from this address',
      { accountAndAddress: 10, address: 10, account: 10, lastAccountFailureAt: minutesAgo(0) },
      { allowed: false, reason: 'account-and-address' },
    ],
    ['49 failures from this address across accounts', { address: 49, account: 0 }, { allowed: true }],
    [
      '50 failures from this address across accounts (spraying)',
      { address: 50 },
      { allowed: false, reason: 'address' },
    ],
    [
      'the account failed 500 times elsewhere, but never from this address',
      { account: 500, lastAccountFailureAt: minutesAgo(0) },
      { allowed: true },
    ],
    [
      'this address failed once, the account 10 times, the last just now',
      { accountAndAddress: 1, address: 1, account: 10, lastAccountFailureAt: minutesAgo(0) },
      { allowed: false, reason: 'account-backoff' },
    ],
    [
      'the same, a minute later',
      { accountAndAddress: 1, address: 1, account: 10, lastAccountFailureAt: minutesAgo(1) },
      { allowed: true },
    ],
    [
      'the account failed 13 times: wait 8 minutes, 7 have passed',
      { accountAndAddress: 2, address: 2, account: 13, lastAccountFailureAt: minutesAgo(7) },
      { allowed: false, reason: 'account-backoff' },
    ],
    [
      'the account failed 13 times: 8 minutes have passed',
      { accountAndAddress: 2, address: 2, account: 13, lastAccountFailureAt: minutesAgo(8) },
      { allowed: true },
    ],
    [
      'the backoff never exceeds the window',
      { accountAndAddress: 3, address: 3, account: 400, lastAccountFailureAt: minutesAgo(15) },
      { allowed: true },
    ],
    [
      'below the account backoff, an address that failed may try again at once',
      { accountAndAddress: 5, address: 5, account: 9, lastAccountFailureAt: minutesAgo(0) },
      { allowed: true },
    ],
  ])('%s', (_case, failures, expected) => {
    expect(signInDecision({ ...none, ...failures }, NOW)).toEqual(expected);
  });
});
