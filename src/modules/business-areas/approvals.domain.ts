/**
 * Decisions that need every corporation sole (Police Act 1996 s22A: the chief officer and the
 * policing body of each force). One refusal blocks: in October 2018 a single PCC's refusal
 * stopped the Devon & Cornwall and Dorset merger.
 */
export interface CorporationSole {
  /** The organisation and office, e.g. Dorset Police's chief constable. */
  readonly key: string;
  /** How people name the office: "Dorset PCC", "Chief Constable of Devon & Cornwall Police". */
  readonly title: string;
}

export interface SoleDecision {
  readonly soleKey: string;
  readonly decision: 'approved' | 'refused';
  /** The office holder, or a named delegate such as a deputy chief constable or chief executive. */
  readonly decidedBy: string;
  readonly onBehalfAsDelegate: boolean;
  readonly decidedAt: Date;
  readonly note?: string;
}

export type UnanimityOutcome =
  | { status: 'approved' }
  | { status: 'refused'; refusedBy: readonly CorporationSole[] }
  | { status: 'pending'; waitingFor: readonly CorporationSole[] };

/** The latest decision of each sole counts (a sole may change their mind before the case moves). */
function latestDecisions(decisions: readonly SoleDecision[]): Map<string, SoleDecision> {
  const latest = new Map<string, SoleDecision>();
  for (const decision of [...decisions].sort((a, b) => a.decidedAt.getTime() - b.decidedAt.getTime())) {
    latest.set(decision.soleKey, decision);
  }
  return latest;
}

export function unanimity(
  soles: readonly CorporationSole[],
  decisions: readonly SoleDecision[],
): UnanimityOutcome {
  if (soles.length === 0) return { status: 'pending', waitingFor: [] };
  const latest = latestDecisions(decisions);
  const refusedBy = soles.filter((sole) => latest.get(sole.key)?.decision === 'refused');
  if (refusedBy.length > 0) return { status: 'refused', refusedBy };
  const waitingFor = soles.filter((sole) => latest.get(sole.key)?.decision !== 'approved');
  return waitingFor.length === 0 ? { status: 'approved' } : { status: 'pending', waitingFor };
}

/** The titles for "… has not approved": refusals and missing approvals alike. */
export function notYetApproved(
  soles: readonly CorporationSole[],
  decisions: readonly SoleDecision[],
): string[] {
  const latest = latestDecisions(decisions);
  return soles.filter((sole) => latest.get(sole.key)?.decision !== 'approved').map((sole) => sole.title);
}
