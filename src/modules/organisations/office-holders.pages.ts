import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ModuleDeps } from '../../platform/module.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { requireUuid } from '../../platform/http/api.ts';
import { changeContext } from '../../platform/http/change-context.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { OFFICE_DEFINITIONS, officesFor } from './organisations.domain.ts';
import { endOfficeHolderForm, officeHolderForm } from './organisations.schemas.ts';
import type { OrganisationsService } from './organisations.service.ts';
import {
  attempt,
  bodyOf,
  officeItems,
  pageErrors,
  typedValues,
  withDates,
} from './organisations.page-support.ts';

const ROLE = 'programme_team';
const access = { anyOf: [ROLE] } as const;
const scope = { organisation: 'id' } as const;
const TERM_DATES = ['startDate', 'endDate'];

export function registerOfficeHolderPages(
  app: FastifyInstance,
  deps: ModuleDeps & { organisations: OrganisationsService },
): void {
  const { organisations } = deps;

  async function loadOrganisation(id: string | undefined) {
    const organisation = await organisations.get(requireUuid(id, 'organisation'));
    return { ...organisation, officeItems: officeItems(officesFor(organisation.kind)) };
  }

  function renderAdd(
    reply: FastifyReply,
    organisation: Awaited<ReturnType<typeof loadOrganisation>>,
    data: object,
    status = 200,
  ) {
    return reply.render(
      'organisations/views/office-holder-form.njk',
      {
        pageTitle: `Add an office holder to ${organisation.name}`,
        organisation,
        backLink: { href: `/organisations/${organisation.id}` },
        ...data,
      },
      status,
    );
  }

  app.get<{ Params: { id: string } }>(
    '/organisations/:id/office-holders/new',
    { config: { access, scope } },
    async (request, reply) => {
      const organisation = await loadOrganisation(request.params.id);
      return renderAdd(reply, organisation, { values: {} });
    },
  );

  app.post<{ Params: { id: string } }>(
    '/organisations/:id/office-holders/new',
    { config: { access, scope, audit: 'organisation.office-holder-added' } },
    async (request, reply) => {
      const organisation = await loadOrganisation(request.params.id);
      const form = parseForm(officeHolderForm, withDates(bodyOf(request), TERM_DATES));
      const result = form.ok
        ? await attempt(() =>
            organisations.addOfficeHolder(changeContext(request, deps.clock), organisation.id, form.value),
          )
        : form;
      if (result.ok) return reply.redirect(`/organisations/${organisation.id}#office-holders`, 303);
      const errors = pageErrors(result.errors, TERM_DATES);
      return renderAdd(reply, organisation, { values: typedValues(request.body, 200), errors }, 400);
    },
  );

  /** The office holder, only under the organisation it belongs to. */
  async function loadTerm(params: { id: string; holderId: string }) {
    const found = await organisations.getOfficeHolder(requireUuid(params.holderId, 'office holder'));
    if (found.organisation.id !== requireUuid(params.id, 'organisation')) {
      throw new NotFoundError('There is no such office holder');
    }
    const officeLabel = OFFICE_DEFINITIONS[found.officeHolder.office].label;
    return { ...found, officeLabel };
  }

  function renderEnd(
    reply: FastifyReply,
    term: Awaited<ReturnType<typeof loadTerm>>,
    data: object,
    status = 200,
  ) {
    return reply.render(
      'organisations/views/end-office-holder.njk',
      {
        pageTitle: `When did ${term.officeHolder.holderName} leave office?`,
        ...term,
        backLink: { href: `/organisations/${term.organisation.id}` },
        ...data,
      },
      status,
    );
  }

  app.get<{ Params: { id: string; holderId: string } }>(
    '/organisations/:id/office-holders/:holderId/end',
    { config: { access, scope } },
    async (request, reply) => {
      const term = await loadTerm(request.params);
      return renderEnd(reply, term, { values: {} });
    },
  );

  app.post<{ Params: { id: string; holderId: string } }>(
    '/organisations/:id/office-holders/:holderId/end',
    { config: { access, scope, audit: 'organisation.office-holder-ended' } },
    async (request, reply) => {
      const term = await loadTerm(request.params);
      const form = parseForm(endOfficeHolderForm, withDates(bodyOf(request), ['endDate']));
      const result = form.ok
        ? await attempt(() =>
            organisations.endOfficeHolder(
              changeContext(request, deps.clock),
              term.officeHolder.id,
              form.value.endDate,
            ),
          )
        : form;
      if (result.ok) return reply.redirect(`/organisations/${term.organisation.id}#office-holders`, 303);
      const errors = pageErrors(result.errors, ['endDate']);
      return renderEnd(reply, term, { values: typedValues(request.body, 20), errors }, 400);
    },
  );
}
