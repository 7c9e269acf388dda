export const ROLES = [
  'administrator',
  'programme_team',
  'board_member',
  'finance',
  'hr',
  'viewer',
  'auditor',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  administrator: 'Administrator',
  programme_team: 'Programme team',
  board_member: 'Board member',
  finance: 'Finance',
  hr: 'HR',
  viewer: 'Viewer',
  auditor: 'Auditor',
};

export interface RoleGrant {
  readonly role: Role;
  /** Null: the role holds across every organisation. */
  readonly organisationId: string | null;
}

/** Whoever is making the request, signed in by session cookie or by API token. */
export interface Principal {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly roles: readonly RoleGrant[];
  readonly via: 'session' | 'token';
  readonly sessionId?: string;
}

/** What a route needs: anyone, any signed-in user, or one of these roles. */
export type Access = 'public' | 'signed-in' | { readonly anyOf: readonly Role[] };

export function holdsRole(principal: Principal, role: Role, organisationId?: string): boolean {
  return principal.roles.some(
    (grant) =>
      grant.role === role &&
      (grant.organisationId === null ||
        organisationId === undefined ||
        grant.organisationId === organisationId),
  );
}

/**
 * Administrators may do anything; everyone else needs one of the route's roles. Whether a grant
 * limited to one organisation reaches the route's resource is the route's scope (scope.ts).
 */
export function isAllowed(principal: Principal | undefined, access: Access): boolean {
  if (access === 'public') return true;
  if (!principal) return false;
  if (access === 'signed-in') return true;
  if (principal.roles.some((grant) => grant.role === 'administrator')) return true;
  return access.anyOf.some((role) => holdsRole(principal, role));
}
