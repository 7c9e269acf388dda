import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ModuleDeps } from '../../platform/module.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/errors.ts';
import { requireUuid } from '../../platform/http/api.ts';
import { changeContext } from '../../platform/http/change-context.ts';
import { formErrors, parseForm, type FormErrors } from '../../platform/http/forms.ts';
import { pageTitleSuffix, parsePageRequest, parseSort } from '../../platform/http/paging.ts';
import { isUuid } from '../../platform/ids.ts';
import type { User } from './accounts.domain.ts';
import { editUserForm, newUserForm, passwordForm } from './accounts.schemas.ts';
import type { AccountsService } from './accounts.service.ts';
import { USER_SORTS } from './users-list.repo.ts';
import {
  allGrants,
  formBody,
  roleChoices,
  rolesText,
  savedUserValues,
  typedUserValues,
  usersListView,
  type UserFormValues,
} from './users.view.ts';

const ADMINISTRATORS = { anyOf: ['administrator'] } as const;
const CHANGED_ELSEWHERE =
  'Someone else changed this user while you were editing. Your changes have not been saved. Their saved details are shown below: check them, make your changes again if they are still needed, and save.';

type Deps = ModuleDeps & { accounts: AccountsService };

export function registerUserPages(app: FastifyInstance, deps: Deps): void {
  const { accounts } = deps;

  async function renderForm(
    reply: FastifyReply,
    template: 'new-user' | 'edit-user',
    data: { values: UserFormValues; user?: User; saved?: string[]; errors?: FormErrors },
    status = 200,
  ) {
    const organisations = await accounts.organisationChoices();
    const pageTitle = template === 'new-user' ? 'Add a user' : `Change ${data.user?.name ?? 'user'}`;
    return reply.render(
      `accounts/views/${template}.njk`,
      {
        pageTitle,
        ...data,
        roleChoices: roleChoices(data.values, organisations),
        backLink: { href: '/users' },
      },
      status,
    );
  }

  async function loadUser(id: string | undefined): Promise<User> {
    const user = await accounts.findUser(requireUuid(id, 'user'));
    if (!user) throw new NotFoundError('There is no such user');
    return user;
  }

  /** The user just added or changed, named in the banner whichever page of the list they are on. */
  async function doneBanner(query: Record<string, string | undefined>) {
    const what = ['added', 'updated', 'passwordSet'].find((key) => query[key]);
    const id = what === undefined ? undefined : query[what];
    const user = isUuid(id) ? await accounts.findUser(id) : undefined;
    return what && user ? { what, name: user.name } : undefined;
  }

  app.get<{ Querystring: Record<string, string | undefined> }>(
    '/users',
    { config: { access: ADMINISTRATORS, scope: 'unscoped-only' } },
    async (request, reply) => {
      const sort = parseSort(request.query, USER_SORTS, 'name');
      const page = await accounts.usersPage(sort, parsePageRequest(request.query));
      const names = await accounts.organisationNames(allGrants(page.rows));
      return reply.render('accounts/views/users.njk', {
        pageTitle: `Users${pageTitleSuffix(page)}`,
        users: page.rows.map((user) => ({ ...user, roleLabels: rolesText(user.roles, names) })),
        ...usersListView(page, sort, '/users'),
        done: await doneBanner(request.query),
      });
    },
  );

  app.get(
    '/users/new',
    { config: { access: ADMINISTRATORS, scope: 'unscoped-only' } },
    async (_request, reply) => renderForm(reply, 'new-user', { values: typedUserValues({}) }),
  );

  app.post(
    '/users/new',
    { config: { access: ADMINISTRATORS, scope: 'unscoped-only', audit: 'user.created' } },
    async (request, reply) => {
      const values = typedUserValues(formBody(request));
      const form = parseForm(newUserForm, formBody(request));
      if (!form.ok) return renderForm(reply, 'new-user', { values, errors: formErrors(form.errors) }, 400);
      try {
        const user = await accounts.createUser(changeContext(request, deps.clock), form.value);
        return reply.redirect(`/users?added=${user.id}`, 303);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        return renderForm(reply, 'new-user', { values, errors: formErrors(error.details) }, 400);
      }
    },
  );

  app.get<{ Params: { id: string } }>(
    '/users/:id/edit',
    { config: { access: ADMINISTRATORS, scope: 'unscoped-only' } },
    async (request, reply) => {
      const user = await loadUser(request.params.id);
      return renderForm(reply, 'edit-user', { user, values: savedUserValues(user) });
    },
  );

  app.post<{ Params: { id: string } }>(
    '/users/:id/edit',
    { config: { access: ADMINISTRATORS, scope: 'unscoped-only', audit: 'user.updated' } },
    async (request, reply) => {
      const user = await loadUser(request.params.id);
      const values = { ...typedUserValues(formBody(request)), email: user.email };
      const form = parseForm(editUserForm, formBody(request));
      if (!form.ok)
        return renderForm(reply, 'edit-user', { user, values, errors: formErrors(form.errors) }, 400);
      try {
        await accounts.updateUser(changeContext(request, deps.clock), user.id, form.value);
        return reply.redirect(`/users?updated=${user.id}`, 303);
      } catch (error) {
        if (error instanceof ValidationError)
          return renderForm(reply, 'edit-user', { user, values, errors: formErrors(error.details) }, 400);
        if (!(error instanceof ConflictError)) throw error;
        const saved = await loadUser(user.id);
        const names = await accounts.organisationNames(saved.roles);
        return renderForm(
          reply,
          'edit-user',
          {
            user: saved,
            values: { ...values, version: String(saved.version) },
            saved: [
              `Name: ${saved.name}`,
              `Roles: ${rolesText(saved.roles, names).join(', ') || 'none'}`,
              `Status: ${saved.active ? 'active' : 'deactivated'}`,
            ],
            errors: formErrors([{ field: 'saved', message: CHANGED_ELSEWHERE }]),
          },
          409,
        );
      }
    },
  );

  app.get<{ Params: { id: string } }>(
    '/users/:id/password',
    { config: { access: ADMINISTRATORS, scope: 'unscoped-only' } },
    async (request, reply) => {
      const user = await loadUser(request.params.id);
      return reply.render('accounts/views/set-password.njk', {
        pageTitle: `Set a password for ${user.name}`,
        user,
        backLink: { href: '/users' },
      });
    },
  );

  app.post<{ Params: { id: string } }>(
    '/users/:id/password',
    { config: { access: ADMINISTRATORS, scope: 'unscoped-only', audit: 'user.password-set' } },
    async (request, reply) => {
      const user = await loadUser(request.params.id);
      const form = parseForm(passwordForm, formBody(request));
      const problems = form.ok ? [] : form.errors;
      if (form.ok) {
        try {
          await accounts.setUserPassword(changeContext(request, deps.clock), user.id, form.value.password);
          return reply.redirect(`/users?passwordSet=${user.id}`, 303);
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error;
          problems.push(...error.details);
        }
      }
      return reply.render(
        'accounts/views/set-password.njk',
        {
          pageTitle: `Set a password for ${user.name}`,
          user,
          backLink: { href: '/users' },
          errors: formErrors(problems),
        },
        400,
      );
    },
  );
}
