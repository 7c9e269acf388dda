import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ModuleDeps } from '../../platform/module.ts';
import { ConflictError } from '../../platform/errors.ts';
import { mayChange, mayChangeEverywhere } from '../../platform/http/scope.ts';
import { requireUuid } from '../../platform/http/api.ts';
import { changeContext } from '../../platform/http/change-context.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { pageTitleSuffix, parsePageRequest, parseSort } from '../../platform/http/paging.ts';
import {
  KIND_LABELS,
  OFFICE_DEFINITIONS,
  holdsOfficeOn,
  isOrganisationKind,
} from './organisations.domain.ts';
import { organisationEditForm, organisationForm } from './organisations.schemas.ts';
import type { Organisation, OrganisationsService, OrganisationWithDetails } from './organisations.service.ts';
import { ORGANISATION_SORTS } from './organisations-list.repo.ts';
import { createOrganisationsListService } from './organisations-list.service.ts';
import { organisationsListView } from './organisations-list.views.ts';
import { attempt, bodyOf, kindItems, pageErrors, typedValues } from './organisations.page-support.ts';

const DETAILS_ROLE = 'programme_team';
const changeDetails = { anyOf: [DETAILS_ROLE] } as const;
const changeBudgets = { anyOf: ['finance'] } as const;
const OWN_RECORDS = { organisation: 'id' } as const;

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

  function renderForm(reply: FastifyReply, data: Record<string, unknown>, status = 200) {
    return reply.render('organisations/views/organisation-form.njk', { kindItems, ...data }, status);
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

  app.post(
    '/organisations',
    { config: { access: changeDetails, scope: 'unscoped-only', audit: 'organisation.created' } },
    async (request, reply) => {
      const values = typedValues(request.body);
      const form = parseForm(organisationForm, bodyOf(request));
      const result = form.ok
        ? await attempt(() => organisations.create(changeContext(request, deps.clock), form.value))
        : form;
      if (!result.ok) {
        return renderForm(
          reply,
          { pageTitle: 'Add an organisation', values, errors: pageErrors(result.errors) },
          400,
        );
      }
      return reply.redirect(`/organisations/${result.value.id}`, 303);
    },
  );

  app.get<{ Params: { id: string } }>(
    '/organisations/:id',
    { config: { access: 'signed-in' } },
    async (request, reply) => {
      const organisation = await organisations.get(requireUuid(request.params.id, 'organisation'));
      return reply.render('organisations/views/organisation.njk', {
        pageTitle: organisation.name,
        organisation: detailView(organisation, organisations.today()),
        canChangeDetails: await mayChange(request, changeDetails, 'organisation', organisation.id),
        canSetBudgets: await mayChange(request, changeBudgets, 'organisation', organisation.id),
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

  app.post<{ Params: { id: string } }>(
    '/organisations/:id/edit',
    { config: { access: changeDetails, scope: OWN_RECORDS, audit: 'organisation.updated' } },
    async (request, reply) => saveEdit(request, reply, requireUuid(request.params.id, 'organisation')),
  );

  function editData(organisation: Organisation, values: Record<string, string>) {
    return {
      pageTitle: `Change ${organisation.name}`,
      organisation,
      values,
      backLink: { href: `/organisations/${organisation.id}` },
    };
  }

  async function saveEdit(request: FastifyRequest, reply: FastifyReply, id: string) {
    const current = await organisations.get(id);
    const values = typedValues(request.body);
    const form = parseForm(organisationEditForm, bodyOf(request));
    try {
      const result = form.ok
        ? await attempt(() => organisations.update(changeContext(request, deps.clock), id, form.value))
        : form;
      if (result.ok) return reply.redirect(`/organisations/${id}`, 303);
      return renderForm(reply, { ...editData(current, values), errors: pageErrors(result.errors) }, 400);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      const saved = await organisations.get(id);
      const message = `${saved.name} was changed by someone else while you were editing. Your changes have not been saved. Check the saved details below, then save again if you still want your changes.`;
      return renderForm(
        reply,
        {
          ...editData(saved, { ...values, version: String(saved.version) }),
          saved: { ...saved, kindLabel: KIND_LABELS[saved.kind] },
          errors: pageErrors([{ field: 'saved-details', message }]),
        },
        409,
      );
    }
  }
}
