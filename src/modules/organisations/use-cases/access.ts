import type { Access } from '../../../platform/http/access.ts';

/** The programme team keeps the register: details and office holders. */
export const CHANGE_DETAILS: Access = { anyOf: ['programme_team'] };
/** Finance sets the budgets. */
export const CHANGE_BUDGETS: Access = { anyOf: ['finance'] };
/** A grant for one organisation reaches its own details, office holders and budgets. */
export const OWN_RECORDS = { organisation: 'id' } as const;
export const ORGANISATIONS_TAGS = ['Organisations'];
