import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ModuleDeps } from '../../platform/module.ts';
import { ConflictError, ValidationError, type FieldError } from '../../platform/errors.ts';
import type { Access } from '../../platform/http/access.ts';
import { mayChange, mayChangeEverywhere } from '../../platform/http/scope.ts';
import { requireUuid } from '../../platform/http/api.ts';
import { changeContext } from '../../platform/http/change-context.ts';
import { formErrors, parseForm } from '../../platform/http/forms.ts';
import type { Alliance } from './alliances.domain.ts';
import type { AlliancesService } from './alliances.service.ts';
import { allianceEditForm, allianceForm, gatherAllianceForm } from './alliances.schemas.ts';
import {
  EMPTY_FORM,
  describeAlliance,
  formValuesOf,
  memberGroups,
  statusItems,
  statusTag,
  typedValues,
  type FormValues,
} from './alliances.views.ts';

export const CHANGE_ALLIANCES: Access = { anyOf: ['programme_team'] };
/** A grant for one organisation reaches the alliances it is a member of; a new alliance belongs to none yet. */
export const THE_ALLIANCE = { alliance: 'id' } as const;

type AllianceDeps = ModuleDeps & { alliances: AlliancesService };
type WithId = { Params: { id: string } };

/** GOV.UK asks the summary to link to the first box of a date. */
function pageErrors(details: readonly FieldError[]) {
  const errors = formErrors(details);
  const errorList = errors.errorList.map((item) =>
    item.href === '#formedOn' ? { ...item, href: '#formedOn-day' } : item,
  );
  return { ...errors, errorList };
}

const SAVED_MESSAGES: Record<string, string> = {
  added: 'Alliance added',
  changed: 'Alliance changed',
};

export function registerAlliancePages(app: FastifyInstance, deps: AllianceDeps): void {
  const { alliances, clock } = deps;

  async function renderForm(
    reply: FastifyReply,
    options: {
      values: FormValues;
      alliance?: Alliance;
      errors?: readonly FieldError[];
      saved?: Alliance;
    },
    status = 200,
  ) {
    const { values, alliance } = options;
    const organisations = await alliances.organisationChoices();
    return reply.render(
      'alliances/views/form.njk',
      {
        pageTitle: alliance ? `Change ${alliance.name}` : 'Add an alliance',
        alliance,
        action: alliance ? `/alliances/${alliance.id}/edit` : '/alliances/new',
        cancelHref: alliance ? `/alliances/${alliance.id}` : '/alliances',
        values,
        statusItems: statusItems(values, alliance?.status),
        memberGroups: memberGroups(organisations, values),
        saved: options.saved && describeAlliance(options.saved),
        errors: options.errors && pageErrors(options.errors),
        backLink: { href: alliance ? `/alliances/${alliance.id}` : '/alliances' },
      },
      status,
    );
  }

  app.get('/alliances', { config: { access: 'signed-in' } }, async (request, reply) => {
    const list = await alliances.list();
    return reply.render('alliances/views/list.njk', {
      pageTitle: 'Alliances',
      alliances: list.map((alliance) => ({ ...alliance, statusTag: statusTag(alliance.status) })),
      canChange: mayChangeEverywhere(request, CHANGE_ALLIANCES),
    });
  });

  app.get(
    '/alliances/new',
    { config: { access: CHANGE_ALLIANCES, scope: 'unscoped-only' } },
    async (_request, reply) => renderForm(reply, { values: EMPTY_FORM }),
  );

  app.post(
    '/alliances/new',
    { config: { access: CHANGE_ALLIANCES, scope: 'unscoped-only', audit: 'alliance.created' } },
    async (request, reply) => {
      const values = typedValues(request.body);
      const form = parseForm(allianceForm, gatherAllianceForm(request.body));
      if (!form.ok) return renderForm(reply, { values, errors: form.errors }, 400);
      try {
        const created = await alliances.create(changeContext(request, clock), form.value);
        return reply.redirect(`/alliances/${created.id}?saved=added`, 303);
      } catch (error) {
        if (error instanceof ValidationError)
          return renderForm(reply, { values, errors: error.details }, 400);
        throw error;
      }
    },
  );

  app.get<WithId & { Querystring: { saved?: string } }>(
    '/alliances/:id',
    { config: { access: 'signed-in' } },
    async (request, reply) => {
      const alliance = await alliances.get(requireUuid(request.params.id, 'alliance'));
      return reply.render('alliances/views/show.njk', {
        pageTitle: alliance.name,
        alliance: describeAlliance(alliance),
        canChange: await mayChange(request, CHANGE_ALLIANCES, 'alliance', alliance.id),
        savedMessage: SAVED_MESSAGES[request.query.saved ?? ''],
        breadcrumbs: [{ text: 'Alliances', href: '/alliances' }],
      });
    },
  );

  app.get<WithId>(
    '/alliances/:id/edit',
    { config: { access: CHANGE_ALLIANCES, scope: THE_ALLIANCE } },
    async (request, reply) => {
      const alliance = await alliances.get(requireUuid(request.params.id, 'alliance'));
      return renderForm(reply, { alliance, values: formValuesOf(alliance) });
    },
  );

  app.post<WithId>(
    '/alliances/:id/edit',
    { config: { access: CHANGE_ALLIANCES, scope: THE_ALLIANCE, audit: 'alliance.updated' } },
    async (request, reply) => {
      const id = requireUuid(request.params.id, 'alliance');
      const alliance = await alliances.get(id);
      const values = typedValues(request.body);
      const form = parseForm(allianceEditForm, gatherAllianceForm(request.body));
      if (!form.ok) return renderForm(reply, { alliance, values, errors: form.errors }, 400);
      try {
        await alliances.update(changeContext(request, clock), id, form.value);
        return reply.redirect(`/alliances/${id}?saved=changed`, 303);
      } catch (error) {
        if (error instanceof ValidationError) {
          return renderForm(reply, { alliance, values, errors: error.details }, 400);
        }
        if (error instanceof ConflictError) return renderConflict(reply, id, values, error.message);
        throw error;
      }
    },
  );

  /** The person's input stays; the saved values are shown beside it, and saving again replaces them. */
  async function renderConflict(reply: FastifyReply, id: string, values: FormValues, message: string) {
    const saved = await alliances.get(id);
    const errors = [{ field: 'saved-values', message }];
    return renderForm(
      reply,
      { alliance: saved, values: { ...values, version: String(saved.version) }, errors, saved },
      409,
    );
  }
}
