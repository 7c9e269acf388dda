import type { Principal } from './roles.ts';

/**
 * Names, payroll numbers and responders' details are personal data (UK GDPR art. 5(1)(c), data
 * minimisation): only administrators and HR of an organisation the person belongs to or moves to see
 * them. Everyone else sees counts and FTE. An HR grant held across every organisation reaches all.
 */
export function maySeePersonalData(
  principal: Principal | undefined,
  organisationIds: readonly string[],
): boolean {
  if (!principal) return false;
  return principal.roles.some(
    (grant) =>
      grant.role === 'administrator' ||
      (grant.role === 'hr' &&
        (grant.organisationId === null || organisationIds.includes(grant.organisationId))),
  );
}
