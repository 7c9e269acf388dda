import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../platform/dates.ts';
import { pence } from '../../../platform/money.ts';
import {
  CONFIDENCE_BADGE_CLASSES,
  CONFIDENCE_LABELS,
  CONFIDENCE_LEVELS,
  CONFIDENCE_TAG_CLASSES,
  NO_FILTERS,
  areaProblems,
  baselineProblems,
  baselineTotals,
  confidenceProblems,
  isWholeCount,
  matchesFilters,
  stageLabel,
  storedExclusionReason,
  type AreaDetails,
} from './business-areas.domain.ts';
import {
  SECTIONS,
  allSections,
  caseProgress,
  emptySection,
  isSection,
} from './business-case-sections.domain.ts';

const DEVON = { organisationId: '00000000-0000-4000-8000-000000000001', name: 'Devon & Cornwall Police' };
const DORSET = { organisationId: '00000000-0000-4000-8000-000000000002', name: 'Dorset Police' };
const FORCES = [DEVON, DORSET];
const OUTSIDER = '00000000-0000-4000-8000-000000000009';

const ict: AreaDetails = { name: 'ICT', functionGroup: 'support', inScope: true };

describe('delivery confidence', () => {
  it('has the five points of the IPA scale, best first, with labels and colours', () => {
    expect(CONFIDENCE_LEVELS.map((level) => CONFIDENCE_LABELS[level])).toEqual([
      'Green',
      'Amber/Green',
      'Amber',
      'Amber/Red',
      'Red',
    ]);
    expect(CONFIDENCE_TAG_CLASSES.green).toBe('govuk-tag--green');
    expect(CONFIDENCE_TAG_CLASSES.amber).toBe('govuk-tag--orange');
    expect(CONFIDENCE_TAG_CLASSES.red).toBe('govuk-tag--red');
    expect(new Set(Object.values(CONFIDENCE_TAG_CLASSES)).size).toBe(5);
    expect(CONFIDENCE_BADGE_CLASSES.red).toBe('moj-badge--red');
  });

  const today = '2016-03-15' as IsoDate;
  it('needs a known level, a commentary, and a date no later than today', () => {
    expect(
      confidenceProblems({ confidence: 'amber_green', commentary: 'On track', assessedOn: today }, today),
    ).toEqual([]);
    expect(
      confidenceProblems({ confidence: 'purple', commentary: ' ', assessedOn: '2016-03-16' }, today),
    ).toEqual([
      { field: 'confidence', message: 'Select the delivery confidence' },
      { field: 'commentary', message: 'Enter a commentary on the delivery confidence' },
      { field: 'assessedOn', message: 'The date of the assessment must be today or in the past' },
    ]);
  });
});

describe('the portfolio entry', () => {
  it('needs a reason when excluded, and keeps none once back in scope', () => {
    expect(areaProblems({ ...ict, inScope: false }, FORCES)).toEqual([
      { field: 'exclusionReason', message: 'Enter why the business area is excluded' },
    ]);
    expect(areaProblems({ ...ict, inScope: false, exclusionReason: 'Kept local' }, FORCES)).toEqual([]);
    expect(storedExclusionReason({ ...ict, inScope: true, exclusionReason: 'Old reason' })).toBeNull();
    expect(storedExclusionReason({ ...ict, inScope: false, exclusionReason: ' Kept local ' })).toBe(
      'Kept local',
    );
  });

  it('is hosted by a police force of the alliance, or nobody yet', () => {
    expect(areaProblems({ ...ict, hostOrganisationId: DORSET.organisationId }, FORCES)).toEqual([]);
    expect(areaProblems({ ...ict, hostOrganisationId: DORSET.organisationId.toUpperCase() }, FORCES)).toEqual(
      [],
    );
    expect(areaProblems(ict, FORCES)).toEqual([]);
    expect(areaProblems({ ...ict, hostOrganisationId: OUTSIDER }, FORCES)).toEqual([
      {
        field: 'hostOrganisationId',
        message: 'Select a police force that is a member of the alliance as the host force',
      },
    ]);
  });

  it('shows its stage with the pipeline label', () => {
    expect(stageLabel('scoping')).toBe('Scoping and feasibility');
    expect(stageLabel('in_development')).toBe('Detailed business case in development');
  });
});

describe('baselines', () => {
  const row = (organisationId: string, budget: number, officers: number, staff: number) => ({
    organisationId,
    budgetPence: budget as ReturnType<typeof pence>,
    officers,
    staff,
  });

  it('are whole, non-negative counts and amounts for member forces, each once', () => {
    expect(
      baselineProblems([row(DEVON.organisationId, 100, 3, 4), row(DORSET.organisationId, 0, 0, 0)], FORCES),
    ).toEqual([]);
    expect(
      baselineProblems(
        [row(DEVON.organisationId, -1, 2.5, -3), row(DEVON.organisationId, 1, 1, 1), row(OUTSIDER, 0, 0, 0)],
        FORCES,
      ).map((problem) => problem.field),
    ).toEqual([
      'baselines.0.budgetPence',
      'baselines.0.officers',
      'baselines.0.staff',
      'baselines.1.organisationId',
      'baselines.2.organisationId',
    ]);
  });

  it('counts whole people only', () => {
    expect([0, 1, 100_000].map(isWholeCount)).toEqual([true, true, true]);
    expect([-1, 0.5, 100_001, Number.NaN].map(isWholeCount)).toEqual([false, false, false, false]);
  });

  it('add up to the penny and keep officers and staff apart', () => {
    const totals = baselineTotals([
      row(DEVON.organisationId, pence(1_234_56), 10, 20),
      row(DORSET.organisationId, pence(99), 1, 2),
    ]);
    expect(totals).toEqual({ budgetPence: 1_235_55, officers: 11, staff: 22, people: 33 });
    expect(baselineTotals([])).toEqual({ budgetPence: 0, officers: 0, staff: 0, people: 0 });
  });
});

describe('filtering the portfolio', () => {
  const area = {
    stage: 'in_development' as const,
    hostOrganisationId: DORSET.organisationId,
    confidence: 'amber' as const,
    inScope: true,
  };

  it('matches everything with no filters, and any value within a category', () => {
    expect(matchesFilters(area, NO_FILTERS)).toBe(true);
    expect(matchesFilters(area, { ...NO_FILTERS, stages: ['scoping', 'in_development'] })).toBe(true);
    expect(matchesFilters(area, { ...NO_FILTERS, stages: ['scoping'] })).toBe(false);
  });

  it('needs every category to match', () => {
    const filters = { ...NO_FILTERS, hosts: [DORSET.organisationId], confidences: ['red' as const] };
    expect(matchesFilters(area, filters)).toBe(false);
    expect(matchesFilters(area, { ...filters, confidences: ['amber'] })).toBe(true);
    expect(matchesFilters(area, { ...NO_FILTERS, scopes: ['excluded'] })).toBe(false);
  });

  it("finds areas with no host or no assessment through 'none'", () => {
    const unassessed = { ...area, hostOrganisationId: null, confidence: null };
    expect(matchesFilters(unassessed, { ...NO_FILTERS, hosts: ['none'], confidences: ['none'] })).toBe(true);
    expect(matchesFilters(area, { ...NO_FILTERS, hosts: ['none'] })).toBe(false);
  });
});

describe('the five cases', () => {
  it('are always all five, in the model order, unstarted until written', () => {
    const written = { ...emptySection('financial'), status: 'completed' as const, version: 2 };
    const sections = allSections([written]);
    expect(sections.map((section) => section.section)).toEqual([...SECTIONS]);
    expect(sections[3]).toBe(written);
    expect(sections[0]).toEqual(emptySection('strategic'));
    expect(caseProgress(sections)).toEqual({ completed: 1, total: 5 });
  });

  it('knows its section names', () => {
    expect(isSection('economic')).toBe(true);
    expect(isSection('legal')).toBe(false);
    expect(isSection('constructor')).toBe(false);
  });
});
