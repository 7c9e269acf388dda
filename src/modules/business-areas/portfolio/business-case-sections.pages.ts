import type { FastifyInstance } from 'fastify';
import { NotFoundError } from '../../../platform/errors.ts';
import { requireUuid } from '../../../platform/http/api.ts';
import { pageRoute, type PageView } from '../../../platform/usecase/page-route.ts';
import { canChangePortfolio } from './business-areas.access.ts';
import type { BusinessArea } from './business-areas.domain.ts';
import type { PortfolioDeps } from './portfolio.deps.ts';
import { SEE_SAVED } from './business-areas.views.ts';
import {
  BODY_MAX,
  SECTION_DEFINITIONS,
  SECTION_STATUSES,
  SECTION_STATUS_LABELS,
  SECTION_STATUS_TAG_CLASSES,
  caseProgress,
  isSection,
  type CaseSection,
  type Section,
  type SectionStatus,
} from './business-case-sections.domain.ts';
import { sectionForm } from './business-case-sections.schemas.ts';
import { saveCaseSection } from './use-cases/save-case-section.ts';

type WithId = { Params: { id: string } };
type WithSection = { Params: { id: string; section: string } };

interface SectionFormValues {
  readonly body: string;
  readonly owner: string;
  readonly status: string;
  readonly version: string;
}

export function sectionName(value: string): Section {
  if (!isSection(value)) throw new NotFoundError('There is no such section of a business case');
  return value;
}

/** GOV.UK task list: unfinished work as a tag, completed work as plain text. */
export function statusDisplay(status: SectionStatus) {
  const classes = SECTION_STATUS_TAG_CLASSES[status];
  const text = SECTION_STATUS_LABELS[status];
  return classes ? { tag: { text, classes } } : { text };
}

function taskListItems(areaId: string, sections: readonly CaseSection[]) {
  return sections.map((section) => {
    const definition = SECTION_DEFINITIONS[section.section];
    const owner = section.owner ? ` Owner: ${section.owner}.` : '';
    return {
      title: { text: definition.title },
      hint: { text: `${definition.question}${owner}` },
      href: `/business-areas/${areaId}/case/${section.section}`,
      status: statusDisplay(section.status),
    };
  });
}

function formValues(section: CaseSection): SectionFormValues {
  return {
    body: section.body,
    owner: section.owner ?? '',
    status: section.status,
    version: String(section.version),
  };
}

function typedValues(body: unknown): SectionFormValues {
  const fields = (body ?? {}) as Record<string, unknown>;
  const text = (name: string, max: number) =>
    typeof fields[name] === 'string' ? (fields[name] as string).slice(0, max) : '';
  return {
    body: text('body', BODY_MAX * 2),
    owner: text('owner', 1000),
    status: text('status', 20),
    version: text('version', 20),
  };
}

export function registerSectionPages(app: FastifyInstance, deps: PortfolioDeps): void {
  const { sections } = deps;
  const areaId = (id: string) => requireUuid(id, 'business area');

  app.get<WithId & { Querystring: { saved?: string } }>(
    '/business-areas/:id/case',
    { config: { access: 'signed-in' } },
    async (request, reply) => {
      const found = await sections.sections(areaId(request.params.id));
      const saved = request.query.saved ?? '';
      return reply.render('business-areas/views/sections-list.njk', {
        pageTitle: `Business case: ${found.area.name}`,
        savedMessage: isSection(saved) ? `${SECTION_DEFINITIONS[saved].title} saved` : undefined,
        area: found.area,
        items: taskListItems(found.area.id, found.sections),
        progress: caseProgress(found.sections),
        backLink: { href: `/business-areas/${found.area.id}` },
      });
    },
  );

  function sectionView(
    area: BusinessArea,
    section: CaseSection,
    options: { values: SectionFormValues; canChange: boolean; saved?: CaseSection },
  ): PageView {
    const definition = SECTION_DEFINITIONS[section.section];
    return {
      template: 'business-areas/views/sections-form.njk',
      data: {
        pageTitle: `${definition.title}: ${area.name}`,
        area,
        section,
        definition,
        values: options.values,
        canChange: options.canChange,
        bodyMax: BODY_MAX,
        statusLabel: SECTION_STATUS_LABELS[section.status],
        statusItems: SECTION_STATUSES.map((value) => ({
          value,
          text: SECTION_STATUS_LABELS[value],
          checked: options.values.status === value,
        })),
        saved: options.saved && {
          ...options.saved,
          statusLabel: SECTION_STATUS_LABELS[options.saved.status],
        },
        backLink: { href: `/business-areas/${area.id}/case` },
      },
    };
  }

  const found = (params: Readonly<Record<string, string>>) =>
    sections.section(areaId(params['id'] ?? ''), sectionName(params['section'] ?? ''));

  app.get<WithSection>(
    '/business-areas/:id/case/:section',
    { config: { access: 'signed-in' } },
    async (request, reply) => {
      const { area, section } = await found(request.params);
      const canChange = await canChangePortfolio(request, 'businessArea', area.id);
      const view = sectionView(area, section, { values: formValues(section), canChange });
      return reply.render(view.template, view.data);
    },
  );

  pageRoute(app, deps, saveCaseSection, {
    url: '/business-areas/:id/case/:section',
    form: sectionForm,
    values: typedValues,
    toInput: async (form, { params }) => {
      const { area, section } = await found(params);
      return { ...form, areaId: area.id, section: section.section };
    },
    view: async ({ params, values }) => {
      const { area, section } = await found(params);
      return sectionView(area, section, { values, canChange: true });
    },
    conflict: async ({ params, values }, error) => {
      const { area, section: saved } = await found(params);
      const kept = { ...values, version: String(saved.version) };
      return {
        ...sectionView(area, saved, { values: kept, canChange: true, saved }),
        errors: [{ field: 'saved-values', message: error.message + SEE_SAVED }],
      };
    },
    redirect: (saved, { params }) =>
      `/business-areas/${areaId(params['id'] ?? '')}/case?saved=${saved.section}`,
  });
}
