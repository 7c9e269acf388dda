import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { requireUuid } from '../../platform/http/api.ts';
import { typedValues, withDates } from '../../platform/http/forms.ts';
import type { ModuleDeps } from '../../platform/module.ts';
import { pageRoute, type PageView } from '../../platform/usecase/page-route.ts';
import { dateInput, formVersion, requiredText } from '../../platform/validation.ts';
import { OFFICE_DEFINITIONS, OFFICES } from '../organisations/index.ts';
import { unsigned } from './agreements.domain.ts';
import type { AgreementsService } from './agreements.service.ts';
import { CHANGE_AGREEMENTS } from './use-cases/agreement-changes.ts';
import { signAgreement } from './use-cases/sign-agreement.ts';

const signForm = z.object({
  version: formVersion(),
  party: z.string({ error: 'Select the party that signed' }).min(1, 'Select the party that signed').max(200),
  signedOn: dateInput('the date signed', true),
  signedAs: z.enum(['office_holder', 'delegate'], 'Select who signed'),
  signatoryName: requiredText('the name of who signed'),
  delegateRole: z.string().max(200).optional(),
});

/** Where the use case's fields are on the form. */
const FIELDS = {
  'signature.organisationId': 'party',
  'signature.office': 'party',
  'signature.signedOn': 'signedOn',
  'signature.signatoryName': 'signatoryName',
  'signature.delegateRole': 'delegateRole',
  'signature.signedAs': 'signedAs',
  signature: 'party',
  state: 'party',
};

/** Records one party's signature: the form lists the parties still to sign. */
export function registerSignPage(
  app: FastifyInstance,
  deps: ModuleDeps & { agreements: AgreementsService },
): void {
  const url = '/agreements/:id/sign';
  async function view(id: string, values: Record<string, string>): Promise<PageView> {
    const agreement = await deps.agreements.get(requireUuid(id, 'agreement'));
    const first = agreement.versions[0];
    const left = unsigned(agreement.parties, first?.signatures ?? []);
    const parties = agreement.parties
      .filter((p) => left.some((l) => l.organisationId === p.organisationId && l.office === p.office))
      .map((p) => ({
        value: `${p.organisationId}:${p.office}`,
        text: `${OFFICE_DEFINITIONS[p.office].label}, ${p.organisationName}`,
        checked: values['party'] === `${p.organisationId}:${p.office}`,
      }));
    return {
      template: 'agreements/views/sign.njk',
      data: {
        pageTitle: 'Record a signature',
        title: first?.title,
        action: `/agreements/${agreement.id}/sign`,
        version: values['version'] ?? String(agreement.version),
        parties,
        values,
        backLink: { href: `/agreements/${agreement.id}` },
      },
    };
  }
  app.get<{ Params: { id: string } }>(
    url,
    { config: { access: CHANGE_AGREEMENTS, scope: 'unscoped-only' } },
    async (request, reply) => {
      const page = await view(request.params.id, {});
      return reply.render(page.template, page.data);
    },
  );
  pageRoute(app, deps, signAgreement, {
    url,
    form: signForm,
    gather: (body) => withDates(body, ['signedOn']),
    values: (body) => typedValues(body),
    dateFields: ['signedOn'],
    fields: FIELDS,
    toInput: (form, { params }) => {
      const [organisationId = '', office = ''] = form.party.split(':');
      return {
        agreementId: requireUuid(params['id'], 'agreement'),
        version: form.version,
        signature: {
          organisationId,
          office: (OFFICES as readonly string[]).includes(office)
            ? (office as (typeof OFFICES)[number])
            : 'other',
          signedOn: form.signedOn ?? '',
          signedAs: form.signedAs,
          signatoryName: form.signatoryName,
          delegateRole: form.signedAs === 'delegate' ? (form.delegateRole ?? null) : null,
        },
      };
    },
    view: ({ params, values }) => view(params['id'] ?? '', values),
    redirect: (agreement) => `/agreements/${agreement.id}`,
  });
}
