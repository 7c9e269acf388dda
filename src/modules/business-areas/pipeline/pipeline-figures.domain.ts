import { STAGES, STAGE_LABELS, type Stage } from './business-case.domain.ts';

/** How many business areas of an alliance sit at one stage, in scope or excluded. */
export interface StageCount {
  readonly stage: string;
  readonly inScope: boolean;
  readonly count: number;
}

export interface StageLine {
  readonly stage: Stage;
  readonly label: string;
  readonly count: number;
  /** Of the largest count, 0–100, for a bar drawn beside the number. */
  readonly percentOfLargest: number;
}

export interface PipelineFigures {
  /** Every stage in pipeline order, closed stages last; in-scope areas only. */
  readonly stages: readonly StageLine[];
  /** Past the executive board's decision: in consultation, implementation or live. */
  readonly approved: number;
  /** From scoping up to and including the executive board's decision. */
  readonly inDevelopment: number;
  /** Consultation closed: in implementation or live. */
  readonly consultationComplete: number;
  readonly rejected: number;
  readonly withdrawn: number;
  /** Out of the alliance's scope, whatever their stage: not part of the pipeline. */
  readonly excluded: number;
  /** In scope, at any stage. */
  readonly inScope: number;
}

export const APPROVED_STAGES: readonly Stage[] = ['formal_consultation', 'implementation', 'live'];
export const IN_DEVELOPMENT_STAGES: readonly Stage[] = [
  'scoping',
  'strategic_outline_case',
  'in_development',
  'programme_team_review',
  'programme_board_review',
  'executive_board_decision',
];
export const CONSULTATION_COMPLETE_STAGES: readonly Stage[] = ['implementation', 'live'];

export function isStage(value: string): value is Stage {
  return (STAGES as readonly string[]).includes(value);
}

function percentOf(count: number, largest: number): number {
  return largest === 0 ? 0 : Math.round((count / largest) * 100);
}

export function pipelineFigures(counts: readonly StageCount[]): PipelineFigures {
  const perStage = new Map<Stage, number>(STAGES.map((stage) => [stage, 0]));
  let excluded = 0;
  for (const { stage, inScope, count } of counts) {
    if (!inScope) excluded += count;
    else if (isStage(stage)) perStage.set(stage, (perStage.get(stage) ?? 0) + count);
  }
  const countAt = (stage: Stage) => perStage.get(stage) ?? 0;
  const sumOf = (stages: readonly Stage[]) => stages.reduce((total, stage) => total + countAt(stage), 0);
  const largest = Math.max(0, ...perStage.values());
  return {
    stages: STAGES.map((stage) => ({
      stage,
      label: STAGE_LABELS[stage],
      count: countAt(stage),
      percentOfLargest: percentOf(countAt(stage), largest),
    })),
    approved: sumOf(APPROVED_STAGES),
    inDevelopment: sumOf(IN_DEVELOPMENT_STAGES),
    consultationComplete: sumOf(CONSULTATION_COMPLETE_STAGES),
    rejected: countAt('rejected'),
    withdrawn: countAt('withdrawn'),
    excluded,
    inScope: [...perStage.values()].reduce((total, count) => total + count, 0),
  };
}

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

/** The briefing's headline: "22 business areas approved, 10 in development, consultation complete on 7". */
export function pipelineHeadline(figures: PipelineFigures): string {
  const areas = plural(figures.approved, 'business area', 'business areas');
  return (
    `${figures.approved} ${areas} approved, ${figures.inDevelopment} in development, ` +
    `consultation complete on ${figures.consultationComplete}`
  );
}

/** Bars are drawn with CSS classes in steps of 5%, so CSP needs no inline styles; a non-zero count always shows. */
export function barStep(percent: number): number {
  if (percent <= 0) return 0;
  return Math.min(100, Math.max(5, Math.round(percent / 5) * 5));
}
