import { z } from 'zod';
import { apiVersion, optionalText } from '../../../platform/validation.ts';
import { versionField } from './business-areas.schemas.ts';
import { BODY_MAX, OWNER_MAX, SECTIONS, SECTION_STATUSES } from './business-case-sections.domain.ts';

const TOO_LONG = `The text must be ${BODY_MAX.toLocaleString('en-GB')} characters or fewer`;

/** Browsers send line breaks as two characters; they count as one, as the character count shows them. */
const bodyField = z
  .string({ error: 'Enter the text of the section' })
  .transform((text) => text.replaceAll('\r\n', '\n'))
  .pipe(z.string().max(BODY_MAX, TOO_LONG));

const ownerField = optionalText('the owner', OWNER_MAX);
const statusField = z.enum(SECTION_STATUSES, { error: 'Select the status of the section' });

export const sectionForm = z.object({
  body: bodyField.optional().transform((text) => text ?? ''),
  owner: ownerField,
  status: statusField,
  version: versionField,
});

// The API: the same field builders as the pages, so the messages match.

export const sectionBody = z.object({
  body: bodyField,
  owner: ownerField.nullable(),
  status: statusField,
  version: apiVersion({ min: 0 }).meta({
    description: 'The version you read: 0 for a section nobody has written yet',
  }),
});

export const sectionParams = z.object({ id: z.string().max(100), section: z.string().max(100) });

export const sectionSchema = z
  .object({
    section: z.enum(SECTIONS),
    title: z.string(),
    body: z.string(),
    owner: z.string().nullable(),
    status: statusField,
    statusLabel: z.string(),
    version: z.number().int(),
    updatedAt: z.string().nullable(),
  })
  .meta({ id: 'BusinessCaseSection' });

export const caseSchema = z.object({
  businessAreaId: z.string(),
  completed: z.number().int(),
  total: z.number().int(),
  sections: z.array(sectionSchema),
});
