/** Who made a change, as written to the audit trail. A null user is the system itself (seeding, migrations). */
export interface Actor {
  readonly userId: string | null;
  readonly label: string;
}

/** Everything a service needs to know about the change it is making, besides the change itself. */
export interface ChangeContext {
  readonly actor: Actor;
  readonly requestId: string;
  /** The audit action, declared by the route (or CLI command) that asked for the change. */
  readonly action: string;
  readonly now: Date;
}

export const SYSTEM_ACTOR: Actor = { userId: null, label: 'System' };
