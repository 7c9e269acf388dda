import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ModuleDeps } from '../../platform/module.ts';
import { mayChange, mayChangeEverywhere } from '../../platform/http/scope.ts';
import { requireUuid } from '../../platform/http/api.ts';
import { typedValues } from '../../platform/http/forms.ts';
import { pageRoute } from '../../platform/usecase/page-route.ts';
import { pageTitleSuffix, parsePageRequest, parseSort } from '../../platform/http/paging.ts';
import {
  KIND_LABELS,
  OFFICE_DEFINITIONS,
  holdsOfficeOn,
  isOrganisationKind,
} from './organisations.domain.ts';
import { organisationEditForm, organisationForm } from './organisations.schemas.ts';
import type { Organisation, OrganisationsService, OrganisationWithDetails } from './organisations.service.ts';
import { kindItems } from './organisations.page-support.ts';
import { CHANGE_BUDGETS, CHANGE_DETAILS, OWN_RECORDS } from './use-cases/access.ts';
import { changeOrganisation } from './use-cases/change-organisation.ts';
import { createOrganisation } from './use-cases/create-organisation.ts';
import { ORGANISATION_SORTS } from './organisations-list.repo.ts';
import { createOrganisationsListService } from './organisations-list.service.ts';
import { organisationsListView } from './organisations-list.views.ts';

const FORM = 'organisations/views/organisation-form.njk';
const changeDetails = CHANGE_DETAILS;

function savedValues(organisation: Organisation): Record<string, string> {
  return {
    kind: organisation.kind,
    name: organisation.name,
    shortName: organisation.shortName,
    region: organisation.region ?? '',
    population: organisation.population === null ? '' : String(organisation.population),
    populationYear: organisation.populationYear === null ? '' : String(organisation.populationYear),
    notes: organisation.notes ?? '',
    version: String(organisation.version),
  };
}

function detailView(organisation: OrganisationWithDetails, today: string) {
  return {
    ...organisation,
    kindLabel: KIND_LABELS[organisation.kind],
    officeHolders: organisation.officeHolders.map((holder) => ({
      ...holder,
      officeLabel: OFFICE_DEFINITIONS[holder.office].label,
      corporationSole: OFFICE_DEFINITIONS[holder.office].corporationSole,
      current: holdsOfficeOn(holder, today),
    })),
  };
}

export function registerOrganisationPages(
  app: FastifyInstance,
  deps: ModuleDeps & { organisations: OrganisationsService },
): void {
  const { organisations } = deps;
  const listing = createOrganisationsListService(deps.db);

  function renderForm(reply: FastifyReply, data: Record<string, unknown>) {
    return reply.render(FORM, { kindItems, ...data });
  }

  app.get<{ Querystring: Record<string, unknown> }>(
    '/organisations',
    { config: { access: 'signed-in' } },
    async (request, reply) => {
      const requested = String(request.query.kind ?? '');
      const kind = isOrganisationKind(requested) ? requested : undefined;
      const sort = parseSort(request.query, ORGANISATION_SORTS, 'name');
      const listed = await listing.page(kind, sort, parsePageRequest(request.query));
      return reply.render('organisations/views/list.njk', {
        pageTitle: `Organisations${pageTitleSuffix(listed.page)}`,
        ...organisationsListView(listed, kind, sort, '/organisations'),
        kindItems: [{ value: '', text: 'All kinds' }, ...kindItems],
        canAdd: mayChangeEverywhere(request, changeDetails),
      });
    },
  );

  app.get(
    '/organisations/new',
    { config: { access: changeDetails, scope: 'unscoped-only' } },
    async (_request, reply) => renderForm(reply, { pageTitle: 'Add an organisation', values: {} }),
  );

  pageRoute(app, deps, createOrganisation, {
    url: '/organisations',
    form: organisationForm,
    values: typedValues,
    toInput: (form) => form,
    view: async ({ values }) => ({
      template: FORM,
      data: { kindItems, pageTitle: 'Add an organisation', values },
    }),
    redirect: (created) => `/organisations/${created.id}`,
  });

  app.get<{ Params: { id: string } }>(
    '/organisations/:id',
    { config: { access: 'signed-in' } },
    async (request, reply) => {
      const organisation = await organisations.get(requireUuid(request.params.id, 'organisation'));
      return reply.render('organisations/views/organisation.njk', {
        pageTitle: organisation.name,
        organisation: detailView(organisation, organisations.today()),
        canChangeDetails: await mayChange(request, changeDetails, 'organisation', organisation.id),
        canSetBudgets: await mayChange(request, CHANGE_BUDGETS, 'organisation', organisation.id),
        breadcrumbs: [{ text: 'Organisations', href: '/organisations' }],
      });
    },
  );

  app.get<{ Params: { id: string } }>(
    '/organisations/:id/edit',
    { config: { access: changeDetails, scope: OWN_RECORDS } },
    async (request, reply) => {
      const organisation = await organisations.get(requireUuid(request.params.id, 'organisation'));
      return renderForm(reply, editData(organisation, savedValues(organisation)));
    },
  );

  pageRoute(app, deps, changeOrganisation, {
    url: '/organisations/:id/edit',
    form: organisationEditForm,
    values: typedValues,
    toInput: (form, { params }) => ({ ...form, id: requireUuid(params['id'], 'organisation') }),
    view: async ({ params, values }) => {
      const current = await organisations.get(requireUuid(params['id'], 'organisation'));
      return { template: FORM, data: editData(current, values) };
    },
    conflict: async ({ params, values }) => {
      const saved = await organisations.get(requireUuid(params['id'], 'organisation'));
      const message = `${saved.name} was changed by someone else while you were editing. Your changes have not been saved. Check the saved details below, then save again if you still want your changes.`;
      return {
        template: FORM,
        data: {
          ...editData(saved, { ...values, version: String(saved.version) }),
          saved: { ...saved, kindLabel: KIND_LABELS[saved.kind] },
        },
        errors: [{ field: 'saved-details', message }],
      };
    },
    redirect: (changed) => `/organisations/${changed.id}`,
  });

  function editData(organisation: Organisation, values: Record<string, string>) {
    return {
      kindItems,
      pageTitle: `Change ${organisation.name}`,
      organisation,
      values,
      backLink: { href: `/organisations/${organisation.id}` },
    };
  }
}
