import { describe, expect, it } from 'vitest';
import { maySeePersonalData } from './personal-data.ts';
import type { Principal, RoleGrant } from './roles.ts';

const DEVON = 'devon';
const DORSET = 'dorset';

function principal(...roles: RoleGrant[]): Principal {
  return { id: 'u', email: 'u@example.org', name: 'U', roles, via: 'session' };
}

describe('who may see personal data', () => {
  it.each([
    ['nobody signed in', undefined, [DEVON], false],
    ['an administrator', principal({ role: 'administrator', organisationId: null }), [DEVON], true],
    ['HR across every organisation', principal({ role: 'hr', organisationId: null }), [DORSET], true],
    [
      'HR of the employing organisation',
      principal({ role: 'hr', organisationId: DEVON }),
      [DEVON, DORSET],
      true,
    ],
    [
      'HR of the receiving organisation',
      principal({ role: 'hr', organisationId: DORSET }),
      [DEVON, DORSET],
      true,
    ],
    [
      'HR of another organisation',
      principal({ role: 'hr', organisationId: 'other' }),
      [DEVON, DORSET],
      false,
    ],
    ['a programme team member', principal({ role: 'programme_team', organisationId: null }), [DEVON], false],
    ['a viewer', principal({ role: 'viewer', organisationId: DEVON }), [DEVON], false],
    [
      'HR of an organisation, no organisations involved',
      principal({ role: 'hr', organisationId: DEVON }),
      [],
      false,
    ],
  ] as const)('%s: %s', (_label, who, organisations, expected) => {
    expect(maySeePersonalData(who, organisations)).toBe(expected);
  });
});
