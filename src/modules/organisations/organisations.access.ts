import type { FastifyRequest } from 'fastify';
import { ForbiddenError } from '../../platform/errors.ts';
import { holdsRole, type Role } from '../../platform/http/access.ts';

/** A role given for one organisation lets its holder change that organisation only. */
export function mayChange(request: FastifyRequest, role: Role, organisationId: string): boolean {
  const principal = request.principal;
  if (!principal) return false;
  return holdsRole(principal, 'administrator') || holdsRole(principal, role, organisationId);
}

export function requireMayChange(request: FastifyRequest, role: Role, organisationId: string): void {
  if (!mayChange(request, role, organisationId)) throw new ForbiddenError();
}
