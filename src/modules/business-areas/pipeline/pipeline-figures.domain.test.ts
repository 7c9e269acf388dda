import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { STAGES } from './business-case.domain.ts';
import { barStep, pipelineFigures, pipelineHeadline, type StageCount } from './pipeline-figures.domain.ts';

/** The March 2016 position: 22 approved (7 of them past consultation), 10 in development, 3 excluded. */
const MARCH_2016: StageCount[] = [
  { stage: 'scoping', inScope: true, count: 1 },
  { stage: 'in_development', inScope: true, count: 6 },
  { stage: 'programme_team_review', inScope: true, count: 2 },
  { stage: 'executive_board_decision', inScope: true, count: 1 },
  { stage: 'formal_consultation', inScope: true, count: 15 },
  { stage: 'implementation', inScope: true, count: 7 },
  { stage: 'scoping', inScope: false, count: 3 },
];

describe('pipeline figures', () => {
  it('gives the briefing figures for the March 2016 position', () => {
    const figures = pipelineFigures(MARCH_2016);
    expect(figures).toMatchObject({
      approved: 22,
      inDevelopment: 10,
      consultationComplete: 7,
      excluded: 3,
      inScope: 32,
      rejected: 0,
      withdrawn: 0,
    });
    expect(pipelineHeadline(figures)).toBe(
      '22 business areas approved, 10 in development, consultation complete on 7',
    );
  });

  it('lists every stage in pipeline order with excluded areas left out of the counts', () => {
    const figures = pipelineFigures(MARCH_2016);
    expect(figures.stages.map((line) => line.stage)).toEqual([...STAGES]);
    expect(figures.stages.map((line) => line.count)).toEqual([1, 0, 6, 2, 0, 1, 15, 7, 0, 0, 0]);
    expect(figures.stages[0]).toMatchObject({ label: 'Scoping and feasibility', percentOfLargest: 7 });
    expect(figures.stages[6]?.percentOfLargest).toBe(100);
  });

  it.each([
    ['live', { approved: 1, consultationComplete: 1, inDevelopment: 0 }],
    ['formal_consultation', { approved: 1, consultationComplete: 0, inDevelopment: 0 }],
    ['executive_board_decision', { approved: 0, consultationComplete: 0, inDevelopment: 1 }],
    ['scoping', { approved: 0, consultationComplete: 0, inDevelopment: 1 }],
    ['rejected', { approved: 0, consultationComplete: 0, inDevelopment: 0, rejected: 1 }],
    ['withdrawn', { approved: 0, consultationComplete: 0, inDevelopment: 0, withdrawn: 1 }],
  ])('counts a case at %s', (stage, expected) => {
    expect(pipelineFigures([{ stage, inScope: true, count: 1 }])).toMatchObject({ ...expected, inScope: 1 });
  });

  it('has nothing to count for an alliance without business areas', () => {
    const figures = pipelineFigures([]);
    expect(figures).toMatchObject({ approved: 0, inDevelopment: 0, excluded: 0, inScope: 0 });
    expect(figures.stages.every((line) => line.count === 0 && line.percentOfLargest === 0)).toBe(true);
  });

  it('ignores a stage it does not know rather than miscounting it', () => {
    expect(pipelineFigures([{ stage: 'merged', inScope: true, count: 4 }]).inScope).toBe(0);
  });

  it('says one business area in the singular', () => {
    const figures = pipelineFigures([{ stage: 'live', inScope: true, count: 1 }]);
    expect(pipelineHeadline(figures)).toBe(
      '1 business area approved, 0 in development, consultation complete on 1',
    );
  });

  it('adds every in-scope area to exactly one stage', () => {
    const stageCount = fc.record({
      stage: fc.constantFrom(...STAGES),
      inScope: fc.boolean(),
      count: fc.integer({ min: 0, max: 1000 }),
    });
    fc.assert(
      fc.property(fc.array(stageCount, { maxLength: 30 }), (counts) => {
        const figures = pipelineFigures(counts);
        const inScope = counts.filter((c) => c.inScope).reduce((total, c) => total + c.count, 0);
        const excluded = counts.filter((c) => !c.inScope).reduce((total, c) => total + c.count, 0);
        const open = figures.approved + figures.inDevelopment;
        return (
          figures.inScope === inScope &&
          figures.excluded === excluded &&
          open + figures.rejected + figures.withdrawn === inScope &&
          figures.consultationComplete <= figures.approved
        );
      }),
    );
  });
});

describe('bar widths', () => {
  it.each([
    [0, 0],
    [1, 5],
    [7, 5],
    [8, 10],
    [52, 50],
    [53, 55],
    [100, 100],
  ])('%d%% is drawn as %d%%', (percent, step) => {
    expect(barStep(percent)).toBe(step);
  });
});
