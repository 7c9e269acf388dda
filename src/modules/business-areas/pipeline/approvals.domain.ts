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
  /** The submission of the case the decision was given for (see `SUBMISSIONS` below). */
  readonly submission: number;
  readonly note?: string;
}

export type UnanimityOutcome =
  | { status: 'approved' }
  | { status: 'refused'; refusedBy: readonly CorporationSole[] }
  | { status: 'pending'; waitingFor: readonly CorporationSole[] };

/**
 * SUBMISSIONS. A sole approves the case as it was put to them. When a board returns it for rework,
 * defers it, or the programme team moves it back, what comes back is a new submission: every sole
 * must decide on it again, and a decision given for an earlier submission no longer counts (it
 * stays on the record, marked as such).
 */
export function ofSubmission(decisions: readonly SoleDecision[], submission: number): SoleDecision[] {
  return decisions.filter((decision) => decision.submission === submission);
}

/** Whether a decision was given for a submission before the one the gate now counts. */
export function isForEarlierSubmission(decision: { submission: number }, counted: number): boolean {
  return decision.submission < counted;
}

/**
 * The latest decision of each sole in the submission counts (a sole may change their mind before
 * the case moves).
 */
function latestDecisions(decisions: readonly SoleDecision[], submission: number): Map<string, SoleDecision> {
  const latest = new Map<string, SoleDecision>();
  const ordered = ofSubmission(decisions, submission).sort(
    (a, b) => a.decidedAt.getTime() - b.decidedAt.getTime(),
  );
  for (const decision of ordered) latest.set(decision.soleKey, decision);
  return latest;
}

export function unanimity(
  soles: readonly CorporationSole[],
  decisions: readonly SoleDecision[],
  submission: number,
): UnanimityOutcome {
  if (soles.length === 0) return { status: 'pending', waitingFor: [] };
  const latest = latestDecisions(decisions, submission);
  const refusedBy = soles.filter((sole) => latest.get(sole.key)?.decision === 'refused');
  if (refusedBy.length > 0) return { status: 'refused', refusedBy };
  const waitingFor = soles.filter((sole) => latest.get(sole.key)?.decision !== 'approved');
  return waitingFor.length === 0 ? { status: 'approved' } : { status: 'pending', waitingFor };
}

/** The titles for "… has not approved": refusals and missing approvals alike. */
export function notYetApproved(
  soles: readonly CorporationSole[],
  decisions: readonly SoleDecision[],
  submission: number,
): string[] {
  const latest = latestDecisions(decisions, submission);
  return soles.filter((sole) => latest.get(sole.key)?.decision !== 'approved').map((sole) => sole.title);
}

/**
 * The submission whose decisions a gate counts. While the case has not yet passed the gate's stage
 * (it is there, or back before it for rework), that is the case's current submission. Once it has
 * passed, it is the submission the gate was decided in: the latest with decisions at that gate, so
 * a strategic outline case signed off before a later return for rework still shows as signed off.
 */
export function countedSubmission(
  current: number,
  passedGateStage: boolean,
  gateDecisions: readonly { submission: number }[],
): number {
  if (!passedGateStage || gateDecisions.length === 0) return current;
  return Math.max(...gateDecisions.map((decision) => decision.submission));
}
