import { describe, expect, it } from 'vitest';
import { timelineKind, timelineLabel } from './timeline.domain.ts';

describe('timeline labels', () => {
  it.each([
    ['business_area.created', 'added'],
    ['business_area.stage-moved', 'stage_move'],
    ['business_area.board-decision-recorded', 'decision'],
    ['business_area.sole-decision-recorded', 'approval'],
    ['business_area.case-section-saved', 'business_case'],
    ['business_area.confidence-assessed', 'confidence'],
    ['business_area.baselines-set', 'baseline'],
    ['business_area.moved', 'stage_move'],
    ['business_area.returned', 'stage_move'],
    ['business_area.decision-recorded', 'decision'],
    ['board.decision-recorded', 'decision'],
    ['business_area.approval-recorded', 'approval'],
    ['business_area.sole-refused', 'approval'],
    ['business_area.condition-closed', 'condition'],
    ['business_area.document-uploaded', 'document'],
    ['business_area.section-updated', 'business_case'],
    ['meeting.agenda-changed', 'agenda'],
    ['meeting.created', 'agenda'],
    ['business_area.updated', 'change'],
    ['something-else', 'change'],
  ])('%s is a %s', (action, kind) => {
    expect(timelineKind(action)).toBe(kind);
  });

  it('reads as people name it', () => {
    expect(timelineLabel('business_area.moved')).toBe('Stage move');
    expect(timelineLabel('business_area.approval-recorded')).toBe('Corporation sole approval');
  });
});
