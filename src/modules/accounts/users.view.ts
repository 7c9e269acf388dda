import type { FastifyRequest } from 'fastify';
import { ROLES, ROLE_LABELS, type RoleGrant } from '../../platform/http/access.ts';
import {
  pageSizeChooser,
  pageSummary,
  paginationView,
  pagingParams,
  sortHeaders,
  type ListPage,
  type SortColumn,
  type SortRequest,
} from '../../platform/http/paging.ts';
import { SCOPED_ROLE_CHOICES, roleGrantLabel, scopeField, type User } from './accounts.domain.ts';
import type { UserSort } from './users-list.repo.ts';

/** What the user form shows: the text typed or the saved values, never a password. */
export interface UserFormValues {
  readonly name: string;
  readonly email: string;
  readonly active: string;
  readonly version: string;
  readonly roles: readonly string[];
  readonly scopes: Readonly<Record<string, string>>;
}

export interface OrganisationChoice {
  readonly id: string;
  readonly name: string;
}

export function formBody(request: FastifyRequest): Record<string, unknown> {
  const body = request.body;
  return typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
}

function text(body: Record<string, unknown>, name: string, max: number): string {
  const value = body[name];
  return typeof value === 'string' ? value.slice(0, max) : '';
}

export function typedUserValues(body: Record<string, unknown>): UserFormValues {
  const roles = body.roles;
  const list = Array.isArray(roles) ? roles : roles === undefined ? [] : [roles];
  return {
    // Kept whole up to well past the limits, so someone can see what was too long and shorten it.
    name: text(body, 'name', 1000),
    email: text(body, 'email', 1000),
    active: text(body, 'active', 5),
    version: text(body, 'version', 12),
    roles: list.filter((role): role is string => typeof role === 'string').slice(0, ROLES.length),
    scopes: Object.fromEntries(
      SCOPED_ROLE_CHOICES.map((role) => [scopeField(role), text(body, scopeField(role), 100)]),
    ),
  };
}

export function savedUserValues(user: User): UserFormValues {
  const scopeOf = (role: string) => user.roles.find((grant) => grant.role === role)?.organisationId ?? '';
  return {
    name: user.name,
    email: user.email,
    active: String(user.active),
    version: String(user.version),
    roles: [...new Set(user.roles.map((grant) => grant.role))],
    scopes: Object.fromEntries(SCOPED_ROLE_CHOICES.map((role) => [scopeField(role), scopeOf(role)])),
  };
}

/** The role checkboxes, each scoped role with its organisation select. */
export function roleChoices(values: UserFormValues, organisations: readonly OrganisationChoice[]) {
  return ROLES.map((role) => {
    const field = scopeField(role);
    const scoped = SCOPED_ROLE_CHOICES.includes(role);
    return {
      value: role,
      text: ROLE_LABELS[role],
      checked: values.roles.includes(role),
      scope: scoped
        ? {
            field,
            items: [
              { value: '', text: 'All organisations' },
              ...organisations.map((organisation) => ({
                value: organisation.id,
                text: organisation.name,
                selected: values.scopes[field] === organisation.id,
              })),
            ],
          }
        : undefined,
    };
  });
}

export function rolesText(roles: readonly RoleGrant[], names: ReadonlyMap<string, string>): string[] {
  return roles.map((grant) => roleGrantLabel(grant, (id) => names.get(id)));
}

export function allGrants(users: readonly User[]): RoleGrant[] {
  return users.flatMap((user) => user.roles);
}

const USER_COLUMNS: readonly SortColumn<UserSort>[] = [
  { key: 'name', text: 'Name' },
  { key: 'email', text: 'Email address' },
];

/** The paging controls of one page of the users list. */
export function usersListView(page: ListPage<User>, sort: SortRequest<UserSort>, baseHref: string) {
  const params = new URLSearchParams(pagingParams(sort, 'name', page.pageSize));
  return {
    summary: pageSummary(page, { one: 'user', many: 'users' }, page.matching),
    headers: sortHeaders(USER_COLUMNS, { ...sort, fallback: 'name' }, baseHref, params),
    pagination: paginationView(page, baseHref, params),
    pageSize: pageSizeChooser(page, baseHref, params),
  };
}
