import { z } from 'zod';
import { ConflictError } from '../../../../platform/errors.ts';
import { defineUseCase } from '../../../../platform/usecase/use-case.ts';
import { recordAudit } from '../../../audit/index.ts';
import * as repo from '../business-case-sections.repo.ts';
import { CHANGE_PORTFOLIO, THE_AREA } from '../business-areas.access.ts';
import {
  SECTIONS,
  SECTION_DEFINITIONS,
  SECTION_STATUSES,
  SECTION_STATUS_LABELS,
} from '../business-case-sections.domain.ts';
import { sectionOf } from '../business-case-sections.service.ts';
import { PORTFOLIO_TAGS, areaOrFail } from './area-changes.ts';

/** Each of the five sections has its own version, so two people can work on different sections at once. */
export const saveCaseSection = defineUseCase({
  name: 'Save a section of a business case',
  operationId: 'saveBusinessCaseSection',
  summary: 'Save a section (send the version you read, 0 if never saved; a stale one is refused with 409)',
  tags: PORTFOLIO_TAGS,
  input: z.object({
    areaId: z.uuid(),
    section: z.enum(SECTIONS),
    body: z.string(),
    owner: z.string().optional(),
    status: z.enum(SECTION_STATUSES),
    version: z.number().int(),
  }),
  access: CHANGE_PORTFOLIO,
  scope: THE_AREA,
  audit: 'business_area.case-section-saved',
  run: async ({ areaId, section: name, ...input }, { tx, change }) => {
    const area = await areaOrFail(tx, areaId);
    const before = await sectionOf(tx, areaId, name);
    const title = SECTION_DEFINITIONS[name].title.toLowerCase();
    const changed = new ConflictError(
      `The ${title} of ${area.name} was changed by someone else while you were editing. Your changes have not been saved.`,
    );
    if (before.version !== input.version) throw changed;
    const values = { body: input.body, owner: input.owner ?? null, status: input.status };
    if (!(await repo.saveSection(tx, areaId, name, input.version, values, change.now))) throw changed;
    const after = await sectionOf(tx, areaId, name);
    await recordAudit(tx, change, {
      entityType: 'business_area',
      entityId: areaId,
      summary: `Saved the ${title} of ${area.name} (${SECTION_STATUS_LABELS[input.status].toLowerCase()})`,
      before: before.version === 0 ? undefined : before,
      after,
    });
    return after;
  },
});
