import { describe, expect, it } from 'vitest';
import {
  OFFICES,
  ORGANISATION_KINDS,
  currentHolder,
  isCorporationSole,
  officeSuitsKind,
  officesFor,
  overlapMessage,
  overlappingTerm,
  populationProblem,
  termDatesProblem,
  termsOverlap,
  type Office,
  type OrganisationKind,
  type Term,
} from './organisations.domain.ts';

const term = (office: Office, holderName: string, startDate: string, endDate: string | null): Term => ({
  office,
  holderName,
  startDate,
  endDate,
});

describe('offices', () => {
  it.each<[Office, boolean]>([
    ['chief_constable', true],
    ['police_and_crime_commissioner', true],
    ['police_fire_and_crime_commissioner', true],
    ['deputy_chief_constable', false],
    ['chief_executive', false],
    ['chief_finance_officer', false],
    ['other', false],
  ])('%s is a corporation sole: %s', (office, sole) => {
    expect(isCorporationSole(office)).toBe(sole);
  });

  const suits: Record<OrganisationKind, readonly Office[]> = {
    police_force: ['chief_constable', 'deputy_chief_constable', 'chief_finance_officer', 'other'],
    policing_body: [
      'police_and_crime_commissioner',
      'police_fire_and_crime_commissioner',
      'chief_executive',
      'chief_finance_officer',
      'other',
    ],
    fire_and_rescue_authority: [
      'police_fire_and_crime_commissioner',
      'chief_executive',
      'chief_finance_officer',
      'other',
    ],
    other: ['chief_executive', 'chief_finance_officer', 'other'],
  };
  const pairs = ORGANISATION_KINDS.flatMap((kind) => OFFICES.map((office) => [kind, office] as const));

  it.each(pairs)('a %s may have a %s: as the table says', (kind, office) => {
    expect(officeSuitsKind(office, kind)).toBe(suits[kind].includes(office));
  });

  it('lists the offices of a kind in a stable order', () => {
    expect(officesFor('police_force')).toEqual(suits.police_force);
  });
});

describe('current office holder', () => {
  const terms = [
    term('police_and_crime_commissioner', 'First', '2012-11-22', '2016-05-11'),
    term('police_and_crime_commissioner', 'Second', '2016-05-12', null),
    term('chief_constable', 'Chief', '2013-01-01', null),
  ];

  it.each<[string, Office, string | undefined]>([
    ['2012-11-21', 'police_and_crime_commissioner', undefined],
    ['2012-11-22', 'police_and_crime_commissioner', 'First'],
    ['2016-03-31', 'police_and_crime_commissioner', 'First'],
    ['2016-05-11', 'police_and_crime_commissioner', 'First'],
    ['2016-05-12', 'police_and_crime_commissioner', 'Second'],
    ['2030-01-01', 'police_and_crime_commissioner', 'Second'],
    ['2016-03-31', 'chief_constable', 'Chief'],
    ['2012-12-31', 'chief_constable', undefined],
    ['2016-03-31', 'deputy_chief_constable', undefined],
  ])('on %s the %s is %s', (onDate, office, expected) => {
    expect(currentHolder(terms, office, onDate)?.holderName).toBe(expected);
  });
});

describe('overlapping terms', () => {
  const open = term('chief_constable', 'A', '2015-01-01', null);
  const closed = term('chief_constable', 'A', '2015-01-01', '2015-12-31');

  it.each<[string, Term, Term, boolean]>([
    [
      'the next starts the day after the last day',
      closed,
      term('chief_constable', 'B', '2016-01-01', null),
      false,
    ],
    ['the next starts on the last day', closed, term('chief_constable', 'B', '2015-12-31', null), true],
    ['one lies inside the other', closed, term('chief_constable', 'B', '2015-03-01', '2015-04-01'), true],
    ['the earlier term has no end', open, term('chief_constable', 'B', '2020-01-01', null), true],
    [
      'the new one ends before the open one starts',
      open,
      term('chief_constable', 'B', '2014-01-01', '2014-12-31'),
      false,
    ],
    [
      'the new one ends on the day the open one starts',
      open,
      term('chief_constable', 'B', '2014-01-01', '2015-01-01'),
      true,
    ],
  ])('%s: %s', (_name, a, b, expected) => {
    expect(termsOverlap(a, b)).toBe(expected);
    expect(termsOverlap(b, a)).toBe(expected);
  });

  it('refuses an overlap only within the same office', () => {
    const existing = [closed];
    expect(overlappingTerm(existing, term('chief_constable', 'B', '2015-06-01', null))).toBe(closed);
    expect(
      overlappingTerm(existing, term('deputy_chief_constable', 'B', '2015-06-01', null)),
    ).toBeUndefined();
  });

  it('lets several people hold "other" offices at once', () => {
    const existing = [term('other', 'Head of estates', '2015-01-01', null)];
    expect(overlappingTerm(existing, term('other', 'Head of legal', '2015-01-01', null))).toBeUndefined();
  });

  it('names the holder and dates of the term in the way', () => {
    expect(overlapMessage(closed, (d) => d)).toBe(
      'A holds this office from 2015-01-01 to 2015-12-31: terms of the same office must not overlap',
    );
    expect(overlapMessage(open, (d) => d)).toContain('with no end date');
  });
});

describe('term dates', () => {
  it.each<[string, string | null, boolean]>([
    ['2016-01-01', null, true],
    ['2016-01-01', '2016-01-01', true],
    ['2016-01-02', '2016-01-01', false],
  ])('from %s to %s is acceptable: %s', (startDate, endDate, ok) => {
    expect(termDatesProblem({ startDate, endDate }) === undefined).toBe(ok);
  });
});

describe('population', () => {
  it.each<[number | undefined, number | undefined, string | undefined]>([
    [undefined, undefined, undefined],
    [750000, 2015, undefined],
    [750000, undefined, undefined],
    [undefined, 2015, 'population'],
  ])('population %s in year %s: problem with %s', (population, populationYear, field) => {
    expect(populationProblem({ population, populationYear })?.field).toBe(field);
  });
});
