import type { IsoDate } from '../../../platform/dates.ts';
import type { FieldError } from '../../../platform/errors.ts';

/** Each alliance has these three, in the order a business case meets them. */
export const BOARD_KINDS = ['programme_team', 'programme_board', 'executive_board'] as const;
export type BoardKind = (typeof BOARD_KINDS)[number];

export const BOARD_NAMES: Record<BoardKind, string> = {
  programme_team: 'Programme team',
  programme_board: 'Programme board',
  executive_board: 'Alliance executive board',
};

export const BOARD_PURPOSES: Record<BoardKind, string> = {
  programme_team: 'Reviews each detailed business case first.',
  programme_board: 'Reviews business cases and sends them to the alliance executive board.',
  executive_board:
    'Chief constables, deputy chief constables, police and crime commissioners, chief executives and other chief officers: decides each business case.',
};

/** How a board's decision on a case reads. */
export const OUTCOME_LABELS: Record<string, string> = {
  approved: 'Approved',
  approved_with_conditions: 'Approved with conditions',
  deferred: 'Deferred',
  returned: 'Returned for rework',
  rejected: 'Rejected',
};

export function missingBoardKinds(existing: readonly string[]): BoardKind[] {
  return BOARD_KINDS.filter((kind) => !existing.includes(kind));
}

export function byBoardOrder<T extends { kind: string }>(a: T, b: T): number {
  return BOARD_KINDS.indexOf(a.kind as BoardKind) - BOARD_KINDS.indexOf(b.kind as BoardKind);
}

export interface Board {
  readonly id: string;
  readonly allianceId: string;
  readonly kind: BoardKind;
  readonly name: string;
}

export interface BoardMember {
  readonly id: string;
  readonly boardId: string;
  readonly name: string;
  readonly roleTitle: string;
  readonly organisationId: string | null;
}

export interface AgendaItem {
  readonly businessAreaId: string;
  readonly name: string;
  readonly stage: string;
  readonly position: number;
}

export interface Meeting {
  readonly id: string;
  readonly boardId: string;
  readonly heldOn: IsoDate;
  readonly location: string | null;
  readonly papers: string | null;
  readonly minutes: string | null;
  readonly version: number;
  readonly updatedAt: Date;
  readonly agenda: readonly AgendaItem[];
}

export interface AgendaCandidate {
  readonly id: string;
  readonly allianceId: string;
  readonly name: string;
  readonly inScope: boolean;
}

/**
 * An agenda holds only the alliance's own business areas, each once, in the order given. An area
 * excluded from the alliance's scope may stay where it already is but cannot be added.
 */
export function agendaProblems(
  chosen: readonly string[],
  allianceId: string,
  known: ReadonlyMap<string, AgendaCandidate>,
  alreadyOnAgenda: readonly string[] = [],
): FieldError[] {
  const problems: FieldError[] = [];
  for (const id of chosen) {
    const area = known.get(id);
    if (!area || area.allianceId !== allianceId) {
      problems.push({ field: 'agenda', message: 'Select business areas of this alliance from the list' });
    } else if (!area.inScope && !alreadyOnAgenda.includes(id)) {
      problems.push({ field: 'agenda', message: `${area.name} is excluded from the alliance` });
    }
  }
  if (new Set(chosen).size !== chosen.length) {
    problems.push({ field: 'agenda', message: 'Select each business area only once' });
  }
  return problems.slice(0, 1);
}

export function agendaChanges(
  before: readonly string[],
  after: readonly string[],
): { added: string[]; removed: string[] } {
  return {
    added: after.filter((id) => !before.includes(id)),
    removed: before.filter((id) => !after.includes(id)),
  };
}

/** Meetings from today on are coming up (soonest first); earlier ones are past (latest first). */
export function splitMeetings<T extends { heldOn: string }>(
  meetings: readonly T[],
  today: IsoDate,
): { next: T[]; past: T[] } {
  const next = meetings.filter((m) => m.heldOn >= today).sort((a, b) => a.heldOn.localeCompare(b.heldOn));
  const past = meetings.filter((m) => m.heldOn < today).sort((a, b) => b.heldOn.localeCompare(a.heldOn));
  return { next, past };
}

/** Text kept as typed, shown as paragraphs split at blank lines. */
export function paragraphs(text: string | null): string[][] {
  if (!text) return [];
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((block) => block.split(/\r?\n/).map((line) => line.trimEnd()))
    .filter((lines) => lines.some((line) => line.trim()));
}
