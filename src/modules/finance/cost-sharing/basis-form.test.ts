import { describe, expect, it } from 'vitest';
import type { FinancialYear } from '../../../platform/dates.ts';
import type { FieldError } from '../../../platform/errors.ts';
import { basisFieldsOf, basisFormValues, parseBasisForm, parsePercent, type FormBody } from './basis-form.ts';
import { basisProblems, type BasisInput } from './cost-sharing.domain.ts';

const DEVON = '11111111-1111-4111-8111-111111111111';
const DORSET = '22222222-2222-4222-8222-222222222222';
const STRANGER = '33333333-3333-4333-8333-333333333333';
const parties = [
  { organisationId: DEVON, name: 'Devon & Cornwall Police' },
  { organisationId: DORSET, name: 'Dorset Police' },
];
const context = { parties, currentYear: 2015 as FinancialYear };

function parsed(body: FormBody, prefix = ''): BasisInput {
  const result = parseBasisForm(body, prefix, context);
  if (!result.ok) throw new Error(`Refused: ${JSON.stringify(result.errors)}`);
  return result.input;
}

function refused(body: FormBody, prefix = ''): FieldError[] {
  const result = parseBasisForm(body, prefix, context);
  if (result.ok) throw new Error(`Accepted: ${JSON.stringify(result.input)}`);
  return result.errors;
}

describe('percentages as basis points, read from the text', () => {
  it.each([
    ['70', 7000],
    ['70.5', 7050],
    ['70.25', 7025],
    ['0.01', 1],
    ['100', 10_000],
    ['0', 0],
    [' 31 % ', 3100],
    ['33.33', 3333],
  ])('"%s" is %i', (text, basisPoints) => {
    expect(parsePercent(text)).toEqual({ ok: true, basisPoints });
  });

  it.each([
    ['abc', 'must be a number, like 70 or 70.25'],
    ['', 'must be a number, like 70 or 70.25'],
    ['7O', 'must be a number, like 70 or 70.25'],
    ['1e2', 'must be a number, like 70 or 70.25'],
    ['-5', 'must not be negative'],
    ['70.255', 'must have no more than 2 decimal places'],
    ['100.01', 'must be 100 or less'],
    ['250', 'must be 100 or less'],
    ['1000', 'must be a number, like 70 or 70.25'],
  ])('refuses "%s": %s', (text, problem) => {
    expect(parsePercent(text)).toEqual({ ok: false, problem });
  });
});

describe('each kind of basis', () => {
  it.each<[string, FormBody, BasisInput]>([
    [
      'fixed percentages',
      { kind: 'fixed', [`fixed-${DEVON}`]: '69', [`fixed-${DORSET}`]: '31' },
      {
        kind: 'fixed',
        factors: [
          { organisationId: DEVON, value: 6900 },
          { organisationId: DORSET, value: 3100 },
        ],
      },
    ],
    [
      'net revenue budget of a chosen year',
      { kind: 'budget', budgetYear: '2015/16' },
      { kind: 'budget', financialYear: 2015 as FinancialYear },
    ],
    ['population', { kind: 'population' }, { kind: 'population' }],
    [
      'a demand measure',
      {
        kind: 'demand',
        demandMeasure: 'incidents',
        [`demand-${DEVON}`]: '712,000',
        [`demand-${DORSET}`]: '288000',
      },
      {
        kind: 'demand',
        measure: 'incidents',
        factors: [
          { organisationId: DEVON, value: 712_000 },
          { organisationId: DORSET, value: 288_000 },
        ],
      },
    ],
    [
      'a weighted mix, leaving out the parts with no weight or a weight of 0',
      {
        kind: 'weighted',
        'weight-budget': '50',
        'weight-population': '25.5',
        'weight-demand': '',
        'weight-fixed': '24.5',
        'mix-budgetYear': '2014',
        [`mix-fixed-${DEVON}`]: '50',
        [`mix-fixed-${DORSET}`]: '50',
        'mix-demandMeasure': 'not read: the part has no weight',
      },
      {
        kind: 'weighted',
        components: [
          { weight: 5000, basis: { kind: 'budget', financialYear: 2014 as FinancialYear } },
          { weight: 2550, basis: { kind: 'population' } },
          {
            weight: 2450,
            basis: {
              kind: 'fixed',
              factors: [
                { organisationId: DEVON, value: 5000 },
                { organisationId: DORSET, value: 5000 },
              ],
            },
          },
        ],
      },
    ],
  ])('%s', (_name, body, input) => {
    expect(parsed(body)).toEqual(input);
  });

  it('reads the fields of one prefix only, so candidates on one page never mix', () => {
    const body = { 'c1-kind': 'population', 'c2-kind': 'budget', 'c2-budgetYear': '2016/17', kind: 'fixed' };
    expect(parsed(body, 'c1-')).toEqual({ kind: 'population' });
    expect(parsed(body, 'c2-')).toEqual({ kind: 'budget', financialYear: 2016 });
  });
});

describe('bad input, named against its box', () => {
  it.each<[string, FormBody, FieldError[]]>([
    ['no kind chosen', {}, [{ field: 'kind', message: 'Select how the costs are shared' }]],
    ['an unknown kind', { kind: 'lottery' }, [{ field: 'kind', message: 'Select how the costs are shared' }]],
    [
      'fixed: a blank box and one in words',
      { kind: 'fixed', [`fixed-${DEVON}`]: '', [`fixed-${DORSET}`]: 'thirty' },
      [
        { field: `fixed-${DEVON}`, message: 'Enter a percentage for Devon & Cornwall Police' },
        {
          field: `fixed-${DORSET}`,
          message: 'The percentage for Dorset Police must be a number, like 70 or 70.25',
        },
      ],
    ],
    [
      'fixed: a negative percentage and three decimal places',
      { kind: 'fixed', [`fixed-${DEVON}`]: '-70', [`fixed-${DORSET}`]: '30.125' },
      [
        {
          field: `fixed-${DEVON}`,
          message: 'The percentage for Devon & Cornwall Police must not be negative',
        },
        {
          field: `fixed-${DORSET}`,
          message: 'The percentage for Dorset Police must have no more than 2 decimal places',
        },
      ],
    ],
    [
      'budget: no year',
      { kind: 'budget', budgetYear: ' ' },
      [{ field: 'budgetYear', message: 'Enter the financial year of the budgets, like 2015/16' }],
    ],
    [
      'budget: not a financial year',
      { kind: 'budget', budgetYear: '2015/17' },
      [{ field: 'budgetYear', message: 'The budget year must be a financial year, like 2015/16' }],
    ],
    [
      'budget: a year out of range',
      { kind: 'budget', budgetYear: '1999/00' },
      [{ field: 'budgetYear', message: 'The budget year must be between 2000/01 and 2035/36' }],
    ],
    [
      'demand: no measure, a figure with a fraction, a negative figure',
      { kind: 'demand', demandMeasure: '', [`demand-${DEVON}`]: '12.5', [`demand-${DORSET}`]: '-4' },
      [
        { field: 'demandMeasure', message: 'Enter what the demand measure counts, like incidents' },
        {
          field: `demand-${DEVON}`,
          message: 'The demand figure for Devon & Cornwall Police must be a whole number, like 12500',
        },
        { field: `demand-${DORSET}`, message: 'The demand figure for Dorset Police must not be negative' },
      ],
    ],
    [
      'demand: a measure that is too long and a missing figure',
      { kind: 'demand', demandMeasure: 'x'.repeat(101), [`demand-${DEVON}`]: '1' },
      [
        { field: 'demandMeasure', message: 'The demand measure must be 100 characters or fewer' },
        { field: `demand-${DORSET}`, message: `Enter the ${'x'.repeat(100)} figure for Dorset Police` },
      ],
    ],
    [
      'weighted: a weight in words and a part missing its own inputs',
      { kind: 'weighted', 'weight-budget': 'half', 'weight-demand': '50', 'mix-demandMeasure': 'calls' },
      [
        {
          field: 'weight-budget',
          message: 'The weight for net revenue budget must be a number, like 70 or 70.25',
        },
        { field: `mix-demand-${DEVON}`, message: 'Enter the calls figure for Devon & Cornwall Police' },
        { field: `mix-demand-${DORSET}`, message: 'Enter the calls figure for Dorset Police' },
      ],
    ],
    [
      'weighted: a negative weight and a bad part year',
      { kind: 'weighted', 'weight-population': '-10', 'weight-budget': '110', 'mix-budgetYear': '2015' },
      [
        { field: 'weight-budget', message: 'The weight for net revenue budget must be 100 or less' },
        { field: 'weight-population', message: 'The weight for population must not be negative' },
      ],
    ],
    [
      'a tampered form naming a force outside the alliance with a bad figure',
      { kind: 'fixed', [`fixed-${DEVON}`]: '70', [`fixed-${DORSET}`]: '30', [`fixed-${STRANGER}`]: 'x' },
      [
        {
          field: `fixed-${STRANGER}`,
          message: 'The percentage for a force must be a number, like 70 or 70.25',
        },
      ],
    ],
  ])('%s', (_name, body, errors) => {
    expect(refused(body)).toEqual(errors);
  });

  it('prefixes every field of a candidate', () => {
    expect(refused({ 'c2-kind': 'budget' }, 'c2-')).toEqual([
      { field: 'c2-budgetYear', message: 'Enter the financial year of the budgets, like 2015/16' },
    ]);
  });

  it('passes a tampered force with a good figure on, for the rules to refuse', () => {
    const input = parsed({
      kind: 'fixed',
      [`fixed-${DEVON}`]: '70',
      [`fixed-${DORSET}`]: '20',
      [`fixed-${STRANGER}`]: '10',
    });
    const problems = basisProblems(input as Extract<BasisInput, { kind: 'fixed' }>, parties);
    expect(basisFieldsOf(problems, '', input, parties)).toEqual([
      { field: `fixed-${DEVON}`, message: 'The basis names a force that is not a member of this alliance' },
    ]);
  });
});

describe('the rules’ problems moved onto the form’s boxes', () => {
  const fixed = parsed({ kind: 'fixed', [`fixed-${DEVON}`]: '60', [`fixed-${DORSET}`]: '30' });
  const mix = parsed(
    {
      kind: 'weighted',
      'weight-budget': '50',
      'weight-population': '20',
      'weight-demand': '20',
      'mix-budgetYear': '2015',
      'mix-demandMeasure': 'calls',
      [`mix-demand-${DEVON}`]: '0',
      [`mix-demand-${DORSET}`]: '0',
    },
    '',
  );

  it('points the percentages’ total at the first percentage, with the total in the message', () => {
    const problems = basisProblems(fixed as Extract<BasisInput, { kind: 'fixed' }>, parties);
    expect(basisFieldsOf(problems, '', fixed, parties)).toEqual([
      { field: `fixed-${DEVON}`, message: 'The percentages must add up to 100; they add up to 90' },
    ]);
  });

  it.each<[string, string, string]>([
    ['components', 'weight-budget', 'the weights’ total'],
    ['components.0.weight', 'weight-budget', 'a part’s weight'],
    ['components.0', 'mix-budgetYear', 'a budget part'],
    [`components.0.${DORSET}`, 'mix-budgetYear', 'a force without a budget'],
    [`components.1.${DORSET}`, 'weight-population', 'a force without a population'],
    ['components.2', `mix-demand-${DEVON}`, 'the demand total'],
    [`components.2.${DORSET}`, `mix-demand-${DORSET}`, 'one force’s demand'],
    ['components.2.measure', 'mix-demandMeasure', 'the demand measure'],
    ['effectiveFrom', 'effectiveFrom', 'a field that is not the basis’s'],
  ])('%s → %s (%s)', (field, target) => {
    expect(basisFieldsOf([{ field, message: 'm' }], '', mix, parties)).toEqual([
      { field: target, message: 'm' },
    ]);
  });

  it('maps a population basis’s missing figure to its choice', () => {
    expect(
      basisFieldsOf([{ field: `factors.${DEVON}`, message: 'm' }], 'c3-', { kind: 'population' }, parties),
    ).toEqual([{ field: 'c3-kind', message: 'm' }]);
  });
});

describe('what was typed, kept for the form', () => {
  it('returns every box of the prefix, blank where nothing was typed, and nothing else', () => {
    const values = basisFormValues(
      { 'c1-kind': 'fixed', [`c1-fixed-${DEVON}`]: ' 70.5 ', [`c1-fixed-${STRANGER}`]: '1', other: 'x' },
      'c1-',
      parties,
    );
    expect(values['c1-kind']).toBe('fixed');
    expect(values[`c1-fixed-${DEVON}`]).toBe('70.5');
    expect(values[`c1-fixed-${DORSET}`]).toBe('');
    expect(values['c1-mix-budgetYear']).toBe('');
    expect(Object.keys(values)).not.toContain(`c1-fixed-${STRANGER}`);
    expect(Object.keys(values)).not.toContain('other');
  });

  it('bounds what it keeps', () => {
    const values = basisFormValues({ [`fixed-${DEVON}`]: '9'.repeat(10_000) }, '', parties);
    expect(values[`fixed-${DEVON}`]?.length).toBeLessThanOrEqual(60);
  });
});
