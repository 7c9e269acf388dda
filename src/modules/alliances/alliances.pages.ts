import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ModuleDeps } from '../../platform/module.ts';
import { mayChange, mayChangeEverywhere } from '../../platform/http/scope.ts';
import { requireUuid } from '../../platform/http/api.ts';
import { pageRoute, type PageView } from '../../platform/usecase/page-route.ts';
import type { Alliance } from './alliances.domain.ts';
import type { AlliancesService } from './alliances.service.ts';
import { CHANGE_ALLIANCES, THE_ALLIANCE } from './use-cases/alliance-changes.ts';
import { changeAlliance } from './use-cases/change-alliance.ts';
import { createAlliance } from './use-cases/create-alliance.ts';
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

type AllianceDeps = ModuleDeps & { alliances: AlliancesService };
type WithId = { Params: { id: string } };

/** GOV.UK asks the summary to link to the first box of a date. */
const DATE_FIELDS = ['formedOn'];

const SAVED_MESSAGES: Record<string, string> = {
  added: 'Alliance added',
  changed: 'Alliance changed',
};

export function registerAlliancePages(app: FastifyInstance, deps: AllianceDeps): void {
  const { alliances } = deps;

  async function formView(options: {
    values: FormValues;
    alliance?: Alliance;
    saved?: Alliance;
  }): Promise<PageView> {
    const { values, alliance } = options;
    const organisations = await alliances.organisationChoices();
    const data = {
      pageTitle: alliance ? `Change ${alliance.name}` : 'Add an alliance',
      alliance,
      action: alliance ? `/alliances/${alliance.id}/edit` : '/alliances/new',
      cancelHref: alliance ? `/alliances/${alliance.id}` : '/alliances',
      values,
      statusItems: statusItems(values, alliance?.status),
      memberGroups: memberGroups(organisations, values),
      saved: options.saved && describeAlliance(options.saved),
      backLink: { href: alliance ? `/alliances/${alliance.id}` : '/alliances' },
    };
    return { template: 'alliances/views/form.njk', data };
  }

  async function renderForm(reply: FastifyReply, options: { values: FormValues; alliance?: Alliance }) {
    const view = await formView(options);
    return reply.render(view.template, view.data);
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

  pageRoute(app, deps, createAlliance, {
    url: '/alliances/new',
    form: allianceForm,
    gather: gatherAllianceForm,
    values: typedValues,
    dateFields: DATE_FIELDS,
    toInput: (form) => form,
    view: ({ values }) => formView({ values }),
    redirect: (created) => `/alliances/${created.id}?saved=added`,
  });

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

  const theAlliance = (params: Readonly<Record<string, string>>) =>
    alliances.get(requireUuid(params['id'], 'alliance'));

  pageRoute(app, deps, changeAlliance, {
    url: '/alliances/:id/edit',
    form: allianceEditForm,
    gather: gatherAllianceForm,
    values: typedValues,
    dateFields: DATE_FIELDS,
    toInput: (form, { params }) => ({ ...form, id: requireUuid(params['id'], 'alliance') }),
    view: async ({ params, values }) => formView({ alliance: await theAlliance(params), values }),
    // The person's input stays; the saved values are shown beside it, and saving again replaces them.
    conflict: async ({ params, values }, error) => {
      const saved = await theAlliance(params);
      const view = await formView({
        alliance: saved,
        values: { ...values, version: String(saved.version) },
        saved,
      });
      return { ...view, errors: [{ field: 'saved-values', message: error.message }] };
    },
    redirect: (changed) => `/alliances/${changed.id}?saved=changed`,
  });
}
