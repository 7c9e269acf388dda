import { z } from 'zod';
import { ROLES, type Role, type RoleGrant } from '../../platform/http/access.ts';
import { keysetQueryFields, nextField } from '../../platform/http/cursor.ts';
import { apiVersion, requiredText, wholeNumber } from '../../platform/validation.ts';
import { PASSWORD_MAX_LENGTH, SCOPED_ROLE_CHOICES, passwordProblem, scopeField } from './accounts.domain.ts';

export const signInForm = z.object({
  email: z
    .string({ error: 'Enter your email address' })
    .trim()
    .min(1, 'Enter your email address')
    .max(320, 'Email address must be 320 characters or fewer'),
  password: z
    .string({ error: 'Enter your password' })
    .min(1, 'Enter your password')
    .max(1000, 'Password must be 1,000 characters or fewer'),
  returnTo: z.string().max(2000).optional(),
});

/** Only a path on this site: never an absolute URL an attacker could send someone to. */
export function safeReturnPath(value: string | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  return value;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UNKNOWN_ROLE = 'Select a role from the list';
const UNKNOWN_ORGANISATION = 'Select an organisation from the list';

export const userName = requiredText('their name', 200);

export const userEmail = z
  .string({ error: 'Enter their email address' })
  .trim()
  .min(1, 'Enter their email address')
  .max(320, 'Email address must be 320 characters or fewer')
  .regex(EMAIL, 'Enter an email address in the correct format, like name@example.com');

function checkPassword(password: string | undefined, ctx: z.RefinementCtx): void {
  const problem = password === undefined ? undefined : passwordProblem(password);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
}

/** Not trimmed: spaces are part of a password. Empty means none. */
export const optionalPassword = z
  .string()
  .max(1000, `Password must be ${PASSWORD_MAX_LENGTH} characters or fewer`)
  .optional()
  .transform((value) => (value ? value : undefined))
  .superRefine(checkPassword);

export const requiredPassword = z
  .string({ error: 'Enter a password' })
  .max(1000, `Password must be ${PASSWORD_MAX_LENGTH} characters or fewer`)
  .min(1, 'Enter a password')
  .superRefine(checkPassword);

/** A form sends one checkbox as a string and several as an array. */
const checkedRoles = z.preprocess(
  (value) => (value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value]),
  z
    .array(
      z
        .string()
        .max(50, UNKNOWN_ROLE)
        .refine((role) => isRole(role), UNKNOWN_ROLE),
      { error: UNKNOWN_ROLE },
    )
    .max(ROLES.length, UNKNOWN_ROLE)
    .min(1, 'Select at least one role')
    .transform((roles) => roles as Role[]),
);

const organisationChoice = z
  .string()
  .max(100, UNKNOWN_ORGANISATION)
  .optional()
  .transform((value) => value?.trim() || null)
  .refine((value) => value === null || UUID.test(value), UNKNOWN_ORGANISATION);

const roleFields = {
  roles: checkedRoles,
  ...Object.fromEntries(SCOPED_ROLE_CHOICES.map((role) => [scopeField(role), organisationChoice])),
} as { roles: typeof checkedRoles } & Record<string, typeof organisationChoice>;

/** Each ticked role, limited to the organisation chosen for it where the form offers a choice. */
function grantsFromForm(value: { roles: Role[] } & Record<string, unknown>): RoleGrant[] {
  return value.roles.map((role) => {
    const organisationId = SCOPED_ROLE_CHOICES.includes(role) ? value[scopeField(role)] : null;
    return { role, organisationId: typeof organisationId === 'string' ? organisationId.toLowerCase() : null };
  });
}

export const newUserForm = z
  .object({ name: userName, email: userEmail, password: optionalPassword, ...roleFields })
  .transform((value) => ({
    name: value.name,
    email: value.email,
    password: value.password,
    roles: grantsFromForm(value),
  }));

export const editUserForm = z
  .object({
    version: wholeNumber('the version', { min: 1 }),
    name: userName,
    active: z.enum(['true', 'false'], { error: 'Select whether they can sign in' }),
    ...roleFields,
  })
  .transform((value) => ({
    version: value.version,
    name: value.name,
    active: value.active === 'true',
    roles: grantsFromForm(value),
  }));

export const passwordForm = z.object({ password: requiredPassword });

export const apiTokenForm = z.object({ name: requiredText('a name for the token', 100) });

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export const roleGrantSchema = z
  .object({
    role: z.enum(ROLES, { error: `Unknown role: use one of ${ROLES.join(', ')}` }),
    organisationId: z.uuid({ error: UNKNOWN_ORGANISATION }).nullable().default(null),
  })
  .meta({ id: 'RoleGrant' });

const grantList = z.array(roleGrantSchema).max(50, 'Give at most 50 roles');

export const createUserBody = z.object({
  email: userEmail,
  name: userName,
  roles: grantList,
  password: optionalPassword.meta({
    description: 'At least 12 characters. Without one the user cannot sign in.',
  }),
});

export const updateUserBody = z.object({
  version: apiVersion().meta({ description: 'The version you read: a stale one is refused (409).' }),
  name: userName,
  active: z.boolean(),
  roles: grantList,
});

export const userSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    active: z.boolean(),
    version: z.number().int(),
    hasPassword: z.boolean(),
    roles: z.array(z.object({ role: z.enum(ROLES), organisationId: z.string().nullable() })),
  })
  .meta({ id: 'User' });

export const userListQuery = z.object(keysetQueryFields);

export const userListSchema = z.object({
  total: z.number().int().meta({ description: 'Every user, on every page' }),
  items: z.array(userSchema).meta({ description: 'In name order (ignoring case), then by id' }),
  next: nextField,
});

export const meSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    roles: z.array(z.object({ role: z.enum(ROLES), organisationId: z.string().nullable() })),
  })
  .meta({ id: 'Me' });
