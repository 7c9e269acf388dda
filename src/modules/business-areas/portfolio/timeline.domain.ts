/** What kind of step in a case's history an audit event records, read from its action. */
export type TimelineKind =
  | 'added'
  | 'stage_move'
  | 'decision'
  | 'approval'
  | 'condition'
  | 'document'
  | 'business_case'
  | 'agenda'
  | 'confidence'
  | 'baseline'
  | 'change';

export const TIMELINE_KIND_LABELS: Record<TimelineKind, string> = {
  added: 'Business area added',
  stage_move: 'Stage move',
  decision: 'Board decision',
  approval: 'Corporation sole approval',
  condition: 'Condition',
  document: 'Document',
  business_case: 'Business case',
  agenda: 'Board agenda',
  confidence: 'Delivery confidence',
  baseline: 'Baseline budget and headcount',
  change: 'Details changed',
};

/**
 * First match wins: a corporation sole's decision is an approval, not a board's decision; a board's
 * decision that sets conditions reads as a decision.
 */
const RULES: readonly (readonly [RegExp, TimelineKind])[] = [
  [/(^|[._-])(moved|move|stage|returned|withdrawn|rejected)([._-]|$)/, 'stage_move'],
  [/approv|refus|sole/, 'approval'],
  [/decision|decided/, 'decision'],
  [/condition/, 'condition'],
  [/document|upload/, 'document'],
  [/section|business-case|business_case/, 'business_case'],
  [/agenda|meeting/, 'agenda'],
  [/confidence/, 'confidence'],
  [/baseline/, 'baseline'],
  [/(^|[._-])(created|added)$/, 'added'],
];

/** "business_area.moved" → stage_move; anything unrecognised is a change of details. */
export function timelineKind(action: string): TimelineKind {
  const lower = action.toLowerCase();
  return RULES.find(([pattern]) => pattern.test(lower))?.[1] ?? 'change';
}

export function timelineLabel(action: string): string {
  return TIMELINE_KIND_LABELS[timelineKind(action)];
}
