import { z } from 'zod';
import { keysetQueryFields, nextField } from '../../platform/http/cursor.ts';
import { formatFinancialYear, type IsoDate } from '../../platform/dates.ts';
import {
  dateInput,
  financialYear,
  isoDate,
  money,
  optionalText,
  requiredText,
  wholeNumber,
} from '../../platform/validation.ts';
import {
  KIND_LABELS,
  OFFICE_DEFINITIONS,
  OFFICES,
  ORGANISATION_KINDS,
  type OrganisationKind,
} from './organisations.domain.ts';
import type {
  OfficeHolder,
  Organisation,
  OrganisationBudget,
  OrganisationWithDetails,
} from './organisations.service.ts';

const MAX_POPULATION = 100_000_000;
const MAX_BUDGET_PENCE = 100_000_000_000_00;

const kind = z.enum(ORGANISATION_KINDS, { error: 'Select the kind of organisation' });
const office = z.enum(OFFICES, { error: 'Select the office' });
const name = requiredText('the name of the organisation', 200);
const shortName = requiredText('the short name', 50);
const region = optionalText('the region', 100);
const notes = optionalText('the notes', 2000);
const population = wholeNumber('the population', { max: MAX_POPULATION });
const populationYear = wholeNumber('the year of the population figure', { min: 1900, max: 2100 });
const holderName = requiredText('the name of the office holder', 200);
const source = optionalText('the source', 500);
const version = wholeNumber('the version', { min: 1, max: 2_147_483_647 });

/** The rules of each field, shared by the forms, the API bodies and the use cases' inputs. */
export const organisationFields = {
  kind,
  office,
  name,
  shortName,
  region,
  notes,
  population,
  populationYear,
  holderName,
  source,
  version,
};

/** A blank box on a form means "not given". */
function blankAsMissing<T extends z.ZodType>(schema: T) {
  return z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    schema.optional(),
  );
}

export const organisationForm = z.object({
  kind,
  name,
  shortName,
  region,
  population: blankAsMissing(population),
  populationYear: blankAsMissing(populationYear),
  notes,
});

export const organisationEditForm = organisationForm.extend({ version });

export const officeHolderForm = z.object({
  office,
  holderName,
  // Required: an empty date has already failed, so what passes is a date.
  startDate: dateInput('the start date', true).transform((date) => date as IsoDate),
  endDate: dateInput('the end date', false),
});

export const endOfficeHolderForm = z.object({
  endDate: dateInput('the date they left office', true).transform((date) => date as IsoDate),
});

const yearRule = financialYear('the year');
const yearText = z
  .string({ error: 'Enter the year' })
  .trim()
  .min(1, 'Enter the year')
  .max(20, 'Enter the year like 2015/16')
  .transform((text, ctx) => {
    const parsed = yearRule.safeParse(text);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message });
    return z.NEVER;
  });

export const budgetForm = z.object({
  financialYear: yearText,
  netRevenueBudget: money('the net revenue budget'),
  source,
});

export const organisationListQuery = z.object({ kind: kind.optional(), ...keysetQueryFields });

// API bodies: the same field rules as the forms, in JSON.

export const organisationBody = z.object({
  kind,
  name,
  shortName,
  region: region.nullish(),
  population: population.nullish(),
  populationYear: populationYear.nullish(),
  notes: notes.nullish(),
});

export const organisationUpdateBody = organisationBody.extend({ version });

export const officeHolderBody = z.object({
  office,
  holderName,
  startDate: isoDate('the start date'),
  endDate: isoDate('the end date').nullish(),
});

export const budgetBody = z
  .object({
    netRevenueBudgetPence: z
      .number({ error: 'The net revenue budget must be a whole number of pence' })
      .int('The net revenue budget must be a whole number of pence')
      .min(0, 'The net revenue budget must not be negative')
      .max(MAX_BUDGET_PENCE, 'The net revenue budget must be less than £100 billion')
      .optional()
      .describe('Whole pence: 28600000000 is £286,000,000'),
    netRevenueBudget: money('the net revenue budget')
      .optional()
      .describe('The same amount as money, like "£286,000,000" (give this or netRevenueBudgetPence)'),
    source: source.nullish(),
  })
  .superRefine((body, ctx) => {
    if ((body.netRevenueBudgetPence === undefined) === (body.netRevenueBudget === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['netRevenueBudgetPence'],
        message:
          'Enter the net revenue budget once: in pence (netRevenueBudgetPence) or as money (netRevenueBudget)',
      });
    }
  });

export const organisationIdParams = z.object({ id: z.string().max(100) });
export const budgetParams = z.object({
  id: z.string().max(100),
  financialYear: z.string().max(20).describe('Like 2015-16'),
});
export const financialYearParam = financialYear('the year');

// API responses.

export const organisationResponse = z
  .object({
    id: z.uuid(),
    kind,
    kindLabel: z.string(),
    name: z.string(),
    shortName: z.string(),
    region: z.string().nullable(),
    population: z.number().int().nullable(),
    populationYear: z.number().int().nullable(),
    notes: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Organisation' });

export const officeHolderResponse = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid(),
    office,
    officeLabel: z.string(),
    corporationSole: z.boolean(),
    holderName: z.string(),
    startDate: z.iso.date(),
    endDate: z.iso.date().nullable(),
  })
  .meta({ id: 'OfficeHolder' });

export const budgetResponse = z
  .object({
    organisationId: z.uuid(),
    financialYear: z.number().int().describe('The year the financial year starts: 2015 is 2015/16'),
    financialYearLabel: z.string(),
    netRevenueBudgetPence: z.number().int(),
    source: z.string().nullable(),
  })
  .meta({ id: 'OrganisationBudget' });

export const organisationDetailResponse = organisationResponse
  .extend({ officeHolders: z.array(officeHolderResponse), budgets: z.array(budgetResponse) })
  .meta({ id: 'OrganisationDetail' });

export const organisationListResponse = z.object({
  total: z.number().int().meta({ description: 'Organisations of every kind' }),
  matching: z.number().int().meta({ description: 'Organisations of the kind asked for, on every page' }),
  items: z.array(organisationResponse).meta({ description: 'In name order (ignoring case), then by id' }),
  next: nextField,
});

export function organisationJson(organisation: Organisation): z.infer<typeof organisationResponse> {
  return {
    id: organisation.id,
    kind: organisation.kind,
    kindLabel: KIND_LABELS[organisation.kind as OrganisationKind],
    name: organisation.name,
    shortName: organisation.shortName,
    region: organisation.region,
    population: organisation.population,
    populationYear: organisation.populationYear,
    notes: organisation.notes,
    version: organisation.version,
    createdAt: organisation.createdAt.toISOString(),
    updatedAt: organisation.updatedAt.toISOString(),
  };
}

export function officeHolderJson(holder: OfficeHolder): z.infer<typeof officeHolderResponse> {
  const definition = OFFICE_DEFINITIONS[holder.office];
  return { ...holder, officeLabel: definition.label, corporationSole: definition.corporationSole };
}

export function budgetJson(budget: OrganisationBudget): z.infer<typeof budgetResponse> {
  return { ...budget, financialYearLabel: formatFinancialYear(budget.financialYear) };
}

export function organisationDetailJson(
  organisation: OrganisationWithDetails,
): z.infer<typeof organisationDetailResponse> {
  return {
    ...organisationJson(organisation),
    officeHolders: organisation.officeHolders.map(officeHolderJson),
    budgets: organisation.budgets.map(budgetJson),
  };
}
