import type { FastifyInstance } from 'fastify';
import { requireUuid } from '../../platform/http/api.ts';
import {
  pageSizeChooser,
  pageSummary,
  pageWithin,
  paginationView,
  parsePageRequest,
} from '../../platform/http/paging.ts';
import type { ModuleDeps } from '../../platform/module.ts';
import { OFFICE_DEFINITIONS } from '../organisations/index.ts';
import { AGREEMENT_KIND_LABELS, type AgreementKind } from './agreements.domain.ts';
import { readAsAt } from './agreements.api.ts';
import { versionAsAt, type AgreementsService } from './agreements.service.ts';
import { AGREEMENT_WORKFLOW, type AgreementState } from './agreements.workflow.ts';

type Deps = ModuleDeps & { agreements: AgreementsService };
const BASE = '/agreements';

const stateLabel = (state: string) => AGREEMENT_WORKFLOW.stateLabels[state as AgreementState] ?? state;

/** The register (paged in the database, ADR 0016) and each agreement with its history and signatures. */
export function registerAgreementPages(app: FastifyInstance, deps: Deps): void {
  const { agreements } = deps;

  app.get<{ Querystring: Record<string, string> }>(
    BASE,
    { config: { access: 'signed-in' } },
    async (request, reply) => {
      const asAt = readAsAt(request.query['asAt']) ?? agreements.today();
      const wanted = parsePageRequest(request.query);
      const { matching } = await agreements.register({ asAt, offset: 0, limit: 0 });
      const at = pageWithin(wanted, matching);
      const { rows } = await agreements.register({ asAt, offset: at.offset, limit: at.pageSize });
      const page = { rows, matching, page: at.page, pageSize: at.pageSize };
      const params = new URLSearchParams(request.query.asAt ? { asAt } : {});
      return reply.render('agreements/views/register.njk', {
        pageTitle: 'Agreements',
        asAt,
        rows: rows.map((row) => ({
          ...row,
          kindLabel: AGREEMENT_KIND_LABELS[row.kind as AgreementKind],
          stateLabel: stateLabel(row.state),
        })),
        summary: pageSummary(page, { one: 'agreement', many: 'agreements' }, matching),
        pagination: paginationView(page, BASE, params),
        pageSize: pageSizeChooser(page, BASE, params),
      });
    },
  );

  app.get<{ Params: { id: string }; Querystring: { asAt?: string } }>(
    `${BASE}/:id`,
    { config: { access: 'signed-in' } },
    async (request, reply) => {
      const agreement = await agreements.get(requireUuid(request.params.id, 'agreement'));
      const asAt = readAsAt(request.query.asAt);
      const version = versionAsAt(agreement, asAt);
      const partyName = (organisationId: string, office: keyof typeof OFFICE_DEFINITIONS) =>
        `${OFFICE_DEFINITIONS[office].label}, ${agreement.parties.find((p) => p.organisationId === organisationId)?.organisationName ?? ''}`;
      return reply.render('agreements/views/show.njk', {
        pageTitle: version?.title ?? 'Agreement',
        agreement,
        kindLabel: AGREEMENT_KIND_LABELS[agreement.kind],
        stateLabel: stateLabel(agreement.state),
        asAt,
        version,
        parties: agreement.parties.map((p) => partyName(p.organisationId, p.office)),
        versions: agreement.versions.map((v) => ({
          ...v,
          signatures: v.signatures.map((s) => ({ ...s, party: partyName(s.organisationId, s.office) })),
        })),
        history: agreement.moves.map((m) => ({
          ...m,
          from: stateLabel(m.fromState),
          to: stateLabel(m.toState),
        })),
        breadcrumbs: [{ text: 'Agreements', href: BASE }],
      });
    },
  );
}
