import { z } from 'zod';
import { optionalText, requiredText } from '../../platform/validation.ts';
import { RAG_STATUSES } from './savings/savings-model.domain.ts';
import { dateField, penceField, yearField } from './finance.schemas.ts';

/** The savings model and the finance records, as the API sends and receives them. */

export const shareSchema = z.object({
  organisationId: z.string(),
  name: z.string(),
  sharePercent: z.number().meta({ description: 'For display, to 4 decimal places; money is split exactly' }),
});

export const partySchema = z.object({ organisationId: z.string(), name: z.string() });

export const basisRefSchema = z
  .object({ id: z.string(), label: z.string(), versionNumber: z.number().int() })
  .meta({ description: 'The cost-sharing basis version that produced the figure' });

const pence = (description?: string) => {
  const field = z.number().int();
  return description ? field.meta({ description }) : field;
};
const year = z
  .number()
  .int()
  .meta({ description: 'The financial year, as the year it starts: 2015 is 2015/16' });
const rag = z.enum(RAG_STATUSES).nullable().meta({
  description:
    'Red, amber or green against the alliance’s thresholds; null with nothing planned; always red where areas with costs have no cost-sharing basis',
});
const withoutBasis = z.boolean().meta({
  description: 'The area has costs this year but no cost-sharing basis governs it: not shared, not counted',
});

const savingsLine = {
  plannedPence: pence('Baselines less the combined teams’ costs'),
  realisedPence: pence('Recorded as realised, cashable or not'),
  realisedCashablePence: pence(),
  forecastPence: pence('What was realised in a past year; else the forecast, or the plan'),
  variancePence: pence('Forecast less plan: negative is a shortfall'),
  rag,
};

const forceFigures = z.object({
  organisationId: z.string(),
  baselinePence: pence('What the force would spend on the function without the alliance'),
  sharePercent: z.number().meta({ description: 'Its share under the basis, for display' }),
  contributionPence: pence('Its share of the combined team’s cost; the shares add up to the cost exactly'),
  implementationSharePence: pence(),
  savingPence: pence('Baseline less contribution'),
});

export const figureSchema = z
  .object({
    businessAreaId: z.string(),
    financialYear: year,
    combined: z.boolean().meta({ description: 'False until the area has a combined cost and a basis' }),
    baselinePence: pence(),
    targetCostPence: pence('The combined team’s (target operating model) cost'),
    implementationCostPence: pence(),
    plannedSavingPence: pence(),
    basis: basisRefSchema.nullable(),
    withoutBasis,
    forces: z.array(forceFigures),
  })
  .meta({ id: 'FinanceAreaYear' });

export const modelSchema = z
  .object({
    alliance: z.object({
      id: z.string(),
      name: z.string(),
      shortName: z.string(),
      savingsTargetPence: z.number().int().nullable(),
      savingsTargetYear: year.nullable(),
    }),
    currentYear: year,
    thresholds: z.object({
      amberBelowPercent: z.number().int(),
      redBelowPercent: z.number().int(),
      isDefault: z.boolean(),
    }),
    parties: z.array(partySchema).meta({ description: 'The alliance’s police forces, who share the costs' }),
    areas: z.array(z.object({ id: z.string(), name: z.string(), inScope: z.boolean() })),
    years: z.array(year),
    bases: z.array(
      z.object({
        id: z.string(),
        businessAreaId: z.string().nullable(),
        versionNumber: z.number().int(),
        label: z.string(),
        kind: z.string(),
        effectiveFrom: z.string(),
        effectiveTo: z.string().nullable(),
      }),
    ),
    yearLines: z
      .array(
        z.object({
          financialYear: year,
          ...savingsLine,
          targetPence: z.number().int().nullable(),
          targetRag: rag,
          areasWithoutBasis: z.number().int().meta({
            description: 'Areas with costs but no governing cost-sharing basis; the year is red while any',
          }),
        }),
      )
      .meta({ description: 'The trajectory: every year’s savings against the target' }),
    areaLines: z.array(
      z.object({ businessAreaId: z.string(), financialYear: year, ...savingsLine, withoutBasis }),
    ),
    warnings: z
      .array(
        z.object({
          code: z.literal('no_cost_sharing_basis'),
          financialYear: year,
          businessAreaIds: z.array(z.string()),
          message: z.string(),
        }),
      )
      .meta({
        description:
          'Years in which areas have costs but no cost-sharing basis governs them: their figures leave those areas out',
      }),
    forceLines: z.array(
      z.object({
        organisationId: z.string(),
        financialYear: year,
        baselinePence: pence(),
        contributionPence: pence(),
        implementationSharePence: pence(),
        savingPence: pence(),
      }),
    ),
    figures: z.array(figureSchema),
  })
  .meta({ id: 'SavingsModel' });

export const yearQuery = z.object({
  year: yearField('the year').optional(),
});

export const areaYearParams = z.object({ id: z.string().max(100), financialYear: yearField() });

export const areaYearBody = z.object({
  targetCostPence: penceField('the target operating model cost')
    .nullable()
    .optional()
    .meta({ description: 'The combined team’s cost in pence; null or left out while not yet combined' }),
  implementationCostPence: penceField('the implementation cost'),
  baselines: z
    .array(
      z.object({
        organisationId: z
          .string()
          .max(100)
          .transform((id) => id.toLowerCase()),
        baselinePence: penceField('the baseline'),
      }),
      { error: 'List each force with its baseline' },
    )
    .max(100, 'List at most 100 forces'),
});

export const actualBody = z.object({
  financialYear: yearField(),
  recordedOn: dateField('the date recorded'),
  amountPence: penceField('the amount saved', { positive: true }),
  cashable: z.boolean({ error: 'Say whether the saving is cashable: true or false' }),
  evidence: requiredText('the evidence', 2000),
  owner: requiredText('the owner', 200),
});

export const actualSchema = z.object({
  id: z.string(),
  businessAreaId: z.string(),
  areaName: z.string().optional(),
  financialYear: year,
  recordedOn: z.string(),
  amountPence: pence(),
  cashable: z.boolean(),
  evidence: z.string(),
  owner: z.string(),
});

export const forecastBody = z.object({
  amountPence: penceField('the forecast saving'),
  note: optionalText('the note', 2000).nullable(),
});

export const forecastSchema = z.object({
  businessAreaId: z.string(),
  financialYear: year,
  amountPence: pence(),
  note: z.string().nullable(),
});

const optionalArea = z
  .string()
  .max(100, 'Select a business area of this alliance')
  .transform((id) => id.toLowerCase())
  .nullable()
  .optional()
  .meta({ description: 'The business area it belongs to, if any' });

export const benefitBody = z.object({
  title: requiredText('the benefit', 200),
  measure: requiredText('how the benefit is measured', 200),
  baselineValue: optionalText('the baseline', 200).nullable(),
  targetValue: optionalText('the target', 200).nullable(),
  currentValue: optionalText('the current value', 200).nullable(),
  owner: requiredText('the owner', 200),
  dueOn: dateField('the due date').nullable().optional(),
  businessAreaId: optionalArea,
});

export const benefitSchema = z.object({
  id: z.string(),
  allianceId: z.string(),
  businessAreaId: z.string().nullable(),
  title: z.string(),
  measure: z.string(),
  baselineValue: z.string().nullable(),
  targetValue: z.string().nullable(),
  currentValue: z.string().nullable(),
  owner: z.string(),
  dueOn: z.string().nullable(),
});

export const reinvestmentBody = z.object({
  financialYear: yearField(),
  amountPence: penceField('the amount reinvested', { positive: true }),
  purpose: requiredText('what the money was reinvested in', 500),
  decidedOn: dateField('the date decided'),
  businessAreaId: optionalArea,
});

export const reinvestmentSchema = z.object({
  id: z.string(),
  allianceId: z.string(),
  businessAreaId: z.string().nullable(),
  financialYear: year,
  amountPence: pence(),
  purpose: z.string(),
  decidedOn: z.string(),
});

const percent = (label: string) =>
  z
    .number({ error: `The ${label} percentage must be a whole number from 0 to 200` })
    .int(`The ${label} percentage must be a whole number from 0 to 200`)
    .min(0, `The ${label} percentage must be a whole number from 0 to 200`)
    .max(200, `The ${label} percentage must be a whole number from 0 to 200`);

export const thresholdsBody = z.object({
  amberBelowPercent: percent('amber').meta({
    description: 'Amber when the forecast is below this % of plan',
  }),
  redBelowPercent: percent('red').meta({ description: 'Red when the forecast is below this % of plan' }),
});

export const thresholdsSchema = z.object({
  amberBelowPercent: z.number().int(),
  redBelowPercent: z.number().int(),
  isDefault: z.boolean(),
});

export const importResultSchema = z.object({
  rows: z.number().int(),
  areaYears: z
    .number()
    .int()
    .meta({ description: 'Area-years whose combined and implementation costs were set' }),
  baselines: z.number().int().meta({ description: 'Baselines set, one per area, force and year' }),
  years: z.array(year),
});
