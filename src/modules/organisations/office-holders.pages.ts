import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../platform/module.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { requireUuid } from '../../platform/http/api.ts';
import { typedValues, withDates } from '../../platform/http/forms.ts';
import { pageRoute } from '../../platform/usecase/page-route.ts';
import { OFFICE_DEFINITIONS, officesFor } from './organisations.domain.ts';
import { endOfficeHolderForm, officeHolderForm } from './organisations.schemas.ts';
import type { OrganisationsService } from './organisations.service.ts';
import { officeItems } from './organisations.page-support.ts';
import { addOfficeHolder } from './use-cases/add-office-holder.ts';
import { endOfficeHolder } from './use-cases/end-office-holder.ts';

const TERM_DATES = ['startDate', 'endDate'];
const ADD_TEMPLATE = 'organisations/views/office-holder-form.njk';
const END_TEMPLATE = 'organisations/views/end-office-holder.njk';
type HolderParams = { id?: string; holderId?: string };

export function registerOfficeHolderPages(
  app: FastifyInstance,
  deps: ModuleDeps & { organisations: OrganisationsService },
): void {
  const { organisations } = deps;

  async function addData(id: string | undefined, values: Record<string, string>) {
    const found = await organisations.get(requireUuid(id, 'organisation'));
    const organisation = { ...found, officeItems: officeItems(officesFor(found.kind)) };
    return {
      pageTitle: `Add an office holder to ${organisation.name}`,
      organisation,
      backLink: { href: `/organisations/${organisation.id}` },
      values,
    };
  }

  app.get<{ Params: { id: string } }>(
    '/organisations/:id/office-holders/new',
    { config: { access: addOfficeHolder.access, scope: addOfficeHolder.scope } },
    async (request, reply) => reply.render(ADD_TEMPLATE, await addData(request.params.id, {})),
  );

  pageRoute(app, deps, addOfficeHolder, {
    url: '/organisations/:id/office-holders/new',
    form: officeHolderForm,
    gather: (body) => withDates(body, TERM_DATES),
    values: (body) => typedValues(body, 200),
    dateFields: TERM_DATES,
    toInput: (form, { params }) => ({ ...form, organisationId: requireUuid(params['id'], 'organisation') }),
    view: async ({ params, values }) => ({
      template: ADD_TEMPLATE,
      data: await addData(params['id'], values),
    }),
    redirect: (holder) => `/organisations/${holder.organisationId}#office-holders`,
  });

  /** The office holder, only under the organisation it belongs to. */
  async function endData(params: HolderParams, values: Record<string, string>) {
    const term = await organisations.getOfficeHolder(requireUuid(params.holderId, 'office holder'));
    if (term.organisation.id !== requireUuid(params.id, 'organisation')) {
      throw new NotFoundError('There is no such office holder');
    }
    return {
      pageTitle: `When did ${term.officeHolder.holderName} leave office?`,
      ...term,
      officeLabel: OFFICE_DEFINITIONS[term.officeHolder.office].label,
      backLink: { href: `/organisations/${term.organisation.id}` },
      values,
    };
  }

  app.get<{ Params: { id: string; holderId: string } }>(
    '/organisations/:id/office-holders/:holderId/end',
    { config: { access: endOfficeHolder.access, scope: endOfficeHolder.scope } },
    async (request, reply) => reply.render(END_TEMPLATE, await endData(request.params, {})),
  );

  pageRoute(app, deps, endOfficeHolder, {
    url: '/organisations/:id/office-holders/:holderId/end',
    form: endOfficeHolderForm,
    gather: (body) => withDates(body, ['endDate']),
    values: (body) => typedValues(body, 20),
    dateFields: ['endDate'],
    toInput: async (form, { params }) => {
      const term = await endData(params, {});
      return { officeHolderId: term.officeHolder.id, endDate: form.endDate };
    },
    view: async ({ params, values }) => ({ template: END_TEMPLATE, data: await endData(params, values) }),
    redirect: (holder) => `/organisations/${holder.organisationId}#office-holders`,
  });
}
