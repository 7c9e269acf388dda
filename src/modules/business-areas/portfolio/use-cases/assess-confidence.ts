import { z } from 'zod';
import { londonDate, type IsoDate } from '../../../../platform/dates.ts';
import { defineUseCase } from '../../../../platform/usecase/use-case.ts';
import { recordAudit } from '../../../audit/index.ts';
import * as repo from '../business-areas.repo.ts';
import { CHANGE_PORTFOLIO, THE_AREA } from '../business-areas.access.ts';
import { CONFIDENCE_LABELS, CONFIDENCE_LEVELS, confidenceProblems } from '../business-areas.domain.ts';
import { PORTFOLIO_TAGS, areaOrFail, changedMeanwhile, refuse } from './area-changes.ts';

export const assessConfidence = defineUseCase({
  name: 'Assess the delivery confidence of a business area',
  operationId: 'recordConfidence',
  summary: 'Record a dated delivery confidence assessment (Green, Amber/Green, Amber, Amber/Red, Red)',
  tags: PORTFOLIO_TAGS,
  input: z.object({
    id: z.uuid(),
    version: z.number().int(),
    confidence: z.enum(CONFIDENCE_LEVELS),
    commentary: z.string(),
    assessedOn: z.iso.date().transform((date) => date as IsoDate),
  }),
  access: CHANGE_PORTFOLIO,
  scope: THE_AREA,
  audit: 'business_area.confidence-assessed',
  run: async ({ id, version, ...assessment }, { tx, change }) => {
    refuse(confidenceProblems(assessment, londonDate(change.now)));
    const before = await areaOrFail(tx, id);
    if (before.version !== version) throw changedMeanwhile(before.name);
    const values = {
      confidence: assessment.confidence,
      confidenceCommentary: assessment.commentary.trim(),
      confidenceAssessedOn: assessment.assessedOn,
    };
    if (!(await repo.updateArea(tx, id, version, values, change.now))) throw changedMeanwhile(before.name);
    const after = await areaOrFail(tx, id);
    await recordAudit(tx, change, {
      entityType: 'business_area',
      entityId: id,
      summary: `Assessed the delivery confidence of ${after.name} as ${CONFIDENCE_LABELS[assessment.confidence]}`,
      before,
      after,
    });
    return after;
  },
});
