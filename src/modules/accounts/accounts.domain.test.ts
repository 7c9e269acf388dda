import { describe, expect, it } from 'vitest';
import type { RoleGrant } from '../../platform/http/access.ts';
import {
  distinctGrants,
  roleGrantLabel,
  roleGrantProblems,
  scopeField,
  selfChangeProblem,
} from './accounts.domain.ts';

const DORSET = '33333333-3333-4333-8333-333333333333';
const UNKNOWN = '44444444-4444-4444-8444-444444444444';
const ME = 'me';
const admin: RoleGrant = { role: 'administrator', organisationId: null };
const viewer: RoleGrant = { role: 'viewer', organisationId: null };

describe('selfChangeProblem', () => {
  it.each([
    { why: 'removing your own administrator role', actor: ME, roles: [viewer], active: true, field: 'roles' },
    { why: 'deactivating yourself', actor: ME, roles: [admin], active: false, field: 'active' },
    {
      why: 'keeping your role and staying active',
      actor: ME,
      roles: [admin, viewer],
      active: true,
      field: undefined,
    },
    {
      why: 'removing another administrator’s role',
      actor: 'other',
      roles: [viewer],
      active: false,
      field: undefined,
    },
    { why: 'a change by the system', actor: null, roles: [viewer], active: false, field: undefined },
  ])('$why → $field', ({ actor, roles, active, field }) => {
    const problem = selfChangeProblem(actor, { id: ME, roles: [admin] }, { roles, active });
    expect(problem?.field).toBe(field);
  });

  it('explains what to do', () => {
    expect(selfChangeProblem(ME, { id: ME, roles: [admin] }, { roles: [], active: true })?.message).toBe(
      'You cannot remove your own administrator role. Ask another administrator to do it.',
    );
  });

  it('lets someone who is not an administrator be changed by themselves only as far as the rule goes', () => {
    expect(
      selfChangeProblem(ME, { id: ME, roles: [viewer] }, { roles: [viewer], active: true }),
    ).toBeUndefined();
  });
});

describe('roleGrantProblems', () => {
  const known = new Set([DORSET]);
  it.each([
    { why: 'no roles', grants: [], problems: [{ field: 'roles', message: 'Select at least one role' }] },
    { why: 'roles that hold everywhere', grants: [admin, viewer], problems: [] },
    { why: 'HR of a known organisation', grants: [{ role: 'hr', organisationId: DORSET }], problems: [] },
    {
      why: 'finance of an unknown organisation',
      grants: [{ role: 'finance', organisationId: UNKNOWN }],
      problems: [{ field: 'financeOrganisation', message: 'Select an organisation from the list' }],
    },
    {
      why: 'an administrator limited to one organisation',
      grants: [{ role: 'administrator', organisationId: DORSET }],
      problems: [
        {
          field: 'administratorOrganisation',
          message: 'The administrator role cannot be limited to one organisation',
        },
      ],
    },
    {
      why: 'a viewer limited to one organisation',
      grants: [{ role: 'viewer', organisationId: DORSET }],
      problems: [
        { field: 'viewerOrganisation', message: 'The viewer role cannot be limited to one organisation' },
      ],
    },
  ] as { why: string; grants: RoleGrant[]; problems: unknown[] }[])('$why', ({ grants, problems }) => {
    expect(roleGrantProblems(grants, known)).toEqual(problems);
  });
});

describe('role helpers', () => {
  it('names the organisation field after the role', () => {
    expect(scopeField('hr')).toBe('hrOrganisation');
    expect(scopeField('programme_team')).toBe('programmeTeamOrganisation');
  });

  it('drops repeated grants but keeps the same role for two organisations', () => {
    const hrDorset: RoleGrant = { role: 'hr', organisationId: DORSET };
    const hrOther: RoleGrant = { role: 'hr', organisationId: UNKNOWN };
    expect(distinctGrants([viewer, hrDorset, { ...viewer }, hrOther, { ...hrDorset }])).toEqual([
      viewer,
      hrDorset,
      hrOther,
    ]);
  });

  it('labels a grant with its organisation', () => {
    const names = new Map([[DORSET, 'Dorset Police']]);
    expect(roleGrantLabel({ role: 'hr', organisationId: DORSET }, (id) => names.get(id))).toBe(
      'HR (Dorset Police)',
    );
    expect(roleGrantLabel(viewer, (id) => names.get(id))).toBe('Viewer');
    expect(roleGrantLabel({ role: 'hr', organisationId: UNKNOWN }, (id) => names.get(id))).toBe(
      'HR (unknown organisation)',
    );
  });
});
