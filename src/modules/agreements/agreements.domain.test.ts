import { describe, expect, it } from 'vitest';
import type { Term } from '../organisations/index.ts';
import {
  everyPartySigned,
  partyProblems,
  signatureProblem,
  unsigned,
  type Party,
  type RequiredSole,
  type Signature,
} from './agreements.domain.ts';

const FORCE = 'force-1';
const BODY = 'body-1';
const SOLES: RequiredSole[] = [
  { organisationId: FORCE, office: 'chief_constable', organisationName: 'Dorset Police' },
  { organisationId: BODY, office: 'police_and_crime_commissioner', organisationName: 'OPCC Dorset' },
];

describe('the parties an agreement needs', () => {
  const cases: { name: string; parties: Party[]; officers: boolean; problem?: RegExp }[] = [
    { name: 'every corporation sole, about officers', parties: SOLES, officers: true },
    {
      name: 'the PCC missing, about officers',
      parties: [SOLES[0] as Party],
      officers: true,
      problem: /police and crime commissioner of OPCC Dorset/,
    },
    { name: 'the PCC missing, not about officers', parties: [SOLES[0] as Party], officers: false },
    { name: 'nobody', parties: [], officers: false, problem: /Select the parties/ },
    {
      name: 'a party twice',
      parties: [SOLES[0] as Party, SOLES[0] as Party],
      officers: false,
      problem: /each party once/,
    },
  ];
  it.each(cases)('$name', ({ parties, officers, problem }) => {
    const problems = partyProblems(parties, SOLES, officers);
    if (problem) expect(problems[0]?.message).toMatch(problem);
    else expect(problems).toEqual([]);
  });
});

const TERMS: Term[] = [
  { office: 'chief_constable', holderName: 'Martin Baker', startDate: '2008-01-01', endDate: '2013-11-30' },
  { office: 'chief_constable', holderName: 'Debbie Simpson', startDate: '2013-12-01', endDate: null },
  // A vacancy: nobody held the office of PCC from 1 to 9 May 2016.
  {
    office: 'police_and_crime_commissioner',
    holderName: 'A Commissioner',
    startDate: '2012-11-22',
    endDate: '2016-04-30',
  },
  {
    office: 'police_and_crime_commissioner',
    holderName: 'B Commissioner',
    startDate: '2016-05-10',
    endDate: null,
  },
];

function signature(overrides: Partial<Signature>): Signature {
  return {
    organisationId: FORCE,
    office: 'chief_constable',
    signedOn: '2015-06-01',
    signedAs: 'office_holder',
    signatoryName: 'Debbie Simpson',
    delegateRole: null,
    ...overrides,
  };
}

describe('who may sign for a corporation sole on a date', () => {
  const TODAY = '2016-06-01';
  const cases: { name: string; signature: Partial<Signature>; field?: string; problem?: RegExp }[] = [
    { name: 'the holder, mid-term', signature: {} },
    { name: 'the holder on the first day of the term', signature: { signedOn: '2013-12-01' } },
    {
      name: 'the next holder on the last day of the previous term',
      signature: { signedOn: '2013-11-30' },
      field: 'signatoryName',
      problem: /Debbie Simpson did not hold the office of chief constable on 30 November 2013/,
    },
    {
      name: 'the previous holder on the last day',
      signature: { signedOn: '2013-11-30', signatoryName: 'Martin Baker' },
    },
    { name: 'a name typed with other case and spaces', signature: { signatoryName: ' debbie  SIMPSON ' } },
    {
      name: 'a named delegate with a post',
      signature: { signedAs: 'delegate', signatoryName: 'A Deputy', delegateRole: 'Deputy chief constable' },
    },
    {
      name: 'a delegate without a post',
      signature: { signedAs: 'delegate', signatoryName: 'A Deputy', delegateRole: ' ' },
      field: 'delegateRole',
      problem: /delegate's post/,
    },
    {
      name: 'a delegate while the office is vacant',
      signature: {
        office: 'police_and_crime_commissioner',
        signedOn: '2016-05-05',
        signedAs: 'delegate',
        signatoryName: 'A Chief Executive',
        delegateRole: 'Chief executive',
      },
      field: 'signedOn',
      problem: /Nobody held the office of police and crime commissioner on 5 May 2016/,
    },
    {
      name: 'the new PCC on the first day',
      signature: {
        office: 'police_and_crime_commissioner',
        signedOn: '2016-05-10',
        signatoryName: 'B Commissioner',
      },
    },
    { name: 'today', signature: { signedOn: TODAY } },
    {
      name: 'tomorrow',
      signature: { signedOn: '2016-06-02' },
      field: 'signedOn',
      problem: /today or in the past/,
    },
  ];
  it.each(cases)('$name', ({ signature: overrides, field, problem }) => {
    const found = signatureProblem(signature(overrides), TERMS, TODAY);
    if (problem) {
      expect(found?.field).toBe(field);
      expect(found?.message).toMatch(problem);
    } else expect(found).toBeUndefined();
  });
});

describe('in force only when every party has signed', () => {
  const [cc, pcc] = SOLES as unknown as [Party, Party];
  it.each([
    { signed: [], all: false, left: 2 },
    { signed: [cc], all: false, left: 1 },
    { signed: [pcc, cc], all: true, left: 0 },
  ])('$left left to sign', ({ signed, all, left }) => {
    expect(everyPartySigned(SOLES, signed)).toBe(all);
    expect(unsigned(SOLES, signed)).toHaveLength(left);
  });
  it('an agreement without parties is never in force', () => {
    expect(everyPartySigned([], [])).toBe(false);
  });
});
