import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../platform/module.ts';
import { NotFoundError, UnauthenticatedError } from '../../platform/errors.ts';
import { API_PREFIX, requireUuid, standardErrorResponses } from '../../platform/http/api.ts';
import { changeContext } from '../../platform/http/change-context.ts';
import type { User } from './accounts.domain.ts';
import {
  createUserBody,
  meSchema,
  updateUserBody,
  userListQuery,
  userListSchema,
  userSchema,
} from './accounts.schemas.ts';
import type { AccountsService } from './accounts.service.ts';

const ADMINISTRATORS = { anyOf: ['administrator'] } as const;
const TAGS = ['Users'];
const userId = z.object({ id: z.string().max(100) });

export function registerAccountsApi(
  app: FastifyInstance,
  deps: ModuleDeps & { accounts: AccountsService },
): void {
  const { accounts } = deps;
  const api = app.withTypeProvider<ZodTypeProvider>();

  async function loadUser(id: string): Promise<User> {
    const user = await accounts.findUser(requireUuid(id, 'user'));
    if (!user) throw new NotFoundError('There is no such user');
    return user;
  }

  api.get(
    `${API_PREFIX}/me`,
    {
      config: { access: 'signed-in' },
      schema: {
        tags: TAGS,
        operationId: 'getCurrentUser',
        summary: 'Who the token belongs to, and their roles',
        response: { 200: meSchema, ...standardErrorResponses },
      },
    },
    async (request) => {
      const principal = request.principal;
      if (!principal) throw new UnauthenticatedError();
      return { id: principal.id, email: principal.email, name: principal.name, roles: [...principal.roles] };
    },
  );

  api.get(
    `${API_PREFIX}/users`,
    {
      config: { access: ADMINISTRATORS, scope: 'unscoped-only' },
      schema: {
        tags: TAGS,
        operationId: 'listUsers',
        summary: 'Every user, by name',
        description: 'A page at a time, in name order: pass `next` back as `cursor` until it is null.',
        querystring: userListQuery,
        response: { 200: userListSchema, ...standardErrorResponses },
      },
    },
    async (request) => {
      const { limit, cursor } = request.query;
      const listed = await accounts.userItems({ limit, cursor });
      return { total: listed.total, items: listed.items.map(userJson), next: listed.next };
    },
  );

  api.post(
    `${API_PREFIX}/users`,
    {
      config: { access: ADMINISTRATORS, scope: 'unscoped-only', audit: 'user.created' },
      schema: {
        tags: TAGS,
        operationId: 'createUser',
        summary: 'Add a user',
        description:
          'Only the HR and finance roles can be limited to one organisation (`organisationId`); every other role holds everywhere.',
        body: createUserBody,
        response: { 201: userSchema, ...standardErrorResponses },
      },
    },
    async (request, reply) => {
      const user = await accounts.createUser(changeContext(request, deps.clock), request.body);
      return reply.status(201).send(userJson(user));
    },
  );

  api.get(
    `${API_PREFIX}/users/:id`,
    {
      config: { access: ADMINISTRATORS, scope: 'unscoped-only' },
      schema: {
        tags: TAGS,
        operationId: 'getUser',
        summary: 'One user',
        params: userId,
        response: { 200: userSchema, ...standardErrorResponses },
      },
    },
    async (request) => userJson(await loadUser(request.params.id)),
  );

  api.put(
    `${API_PREFIX}/users/:id`,
    {
      config: { access: ADMINISTRATORS, scope: 'unscoped-only', audit: 'user.updated' },
      schema: {
        tags: TAGS,
        operationId: 'updateUser',
        summary: 'Change a user’s name, roles or whether they can sign in',
        description:
          'Send the `version` you read; if someone saved since, the answer is 409 and nothing changes.',
        params: userId,
        body: updateUserBody,
        response: { 200: userSchema, ...standardErrorResponses },
      },
    },
    async (request) => {
      const user = await loadUser(request.params.id);
      return userJson(await accounts.updateUser(changeContext(request, deps.clock), user.id, request.body));
    },
  );
}

function userJson(user: User): z.infer<typeof userSchema> {
  return { ...user, roles: [...user.roles] };
}
