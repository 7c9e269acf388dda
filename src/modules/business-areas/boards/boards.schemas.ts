import { z } from 'zod';
import { keysetQueryFields, nextField } from '../../../platform/http/cursor.ts';
import {
  apiVersion,
  dateFromParts,
  dateInput,
  formVersion,
  isoDate,
  listOf,
  optionalText,
  requiredText,
} from '../../../platform/validation.ts';
import { BOARD_KINDS } from './boards.domain.ts';

export const MEMBER_NAME_MAX = 200;
export const ROLE_TITLE_MAX = 200;
export const LOCATION_MAX = 200;
export const PAPERS_MAX = 20_000;
export const MINUTES_MAX = 50_000;
export const AGENDA_MAX = 200;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FROM_THE_LIST = 'Select business areas of this alliance from the list';

const agendaField = z
  .array(
    z
      .string()
      .max(100, FROM_THE_LIST)
      .regex(UUID, FROM_THE_LIST)
      .transform((id) => id.toLowerCase()),
    {
      error: FROM_THE_LIST,
    },
  )
  .max(AGENDA_MAX, `Select ${AGENDA_MAX} business areas or fewer`);

const organisationField = z
  .string()
  .max(100, 'Select an organisation from the list')
  .optional()
  .transform((value, ctx) => {
    if (!value?.trim()) return undefined;
    if (!UUID.test(value.trim())) {
      ctx.addIssue({ code: 'custom', message: 'Select an organisation from the list' });
      return z.NEVER;
    }
    return value.trim().toLowerCase();
  });

export const memberForm = z.object({
  name: requiredText('the name', MEMBER_NAME_MAX),
  roleTitle: requiredText('the role', ROLE_TITLE_MAX),
  organisationId: organisationField,
});

const meetingFields = {
  location: optionalText('the location', LOCATION_MAX),
  papers: optionalText('the papers', PAPERS_MAX),
  minutes: optionalText('the minutes', MINUTES_MAX),
  agenda: agendaField,
};

export const meetingForm = z.object({
  heldOn: dateInput('the date of the meeting', true).transform((date, ctx) => {
    if (date === undefined) {
      ctx.addIssue({ code: 'custom', message: 'Enter the date of the meeting' });
      return z.NEVER;
    }
    return date;
  }),
  ...meetingFields,
});

export const meetingEditForm = meetingForm.extend({
  version: formVersion(),
});

export function gatherMeetingForm(body: unknown): Record<string, unknown> {
  const fields = (body ?? {}) as Record<string, unknown>;
  return { ...fields, heldOn: dateFromParts(fields, 'heldOn'), agenda: listOf(fields.agenda) };
}

// The API: the same field builders as the pages, so the messages match.

export const allianceParams = z.object({ allianceId: z.string().max(100) });
export const boardParams = allianceParams.extend({ boardId: z.string().max(100) });
export const memberParams = boardParams.extend({ memberId: z.string().max(100) });
export const idParams = z.object({ id: z.string().max(100) });

export const memberBody = z.object({
  name: requiredText('the name', MEMBER_NAME_MAX),
  roleTitle: requiredText('the role', ROLE_TITLE_MAX).meta({
    description: 'For example Chief Constable, Police and Crime Commissioner, Chief Executive (OPCC)',
  }),
  organisationId: organisationField.nullable().meta({ description: 'A member organisation of the alliance' }),
});

export const meetingBody = z.object({
  heldOn: isoDate('the date of the meeting').meta({ description: "'YYYY-MM-DD'" }),
  location: meetingFields.location.nullable(),
  papers: meetingFields.papers.nullable(),
  minutes: meetingFields.minutes.nullable(),
  agenda: agendaField.optional().meta({ description: 'Business area ids of the alliance, in agenda order' }),
});

export const meetingUpdateBody = meetingBody.extend({
  version: apiVersion(),
});

export const memberSchema = z
  .object({
    id: z.string(),
    boardId: z.string(),
    name: z.string(),
    roleTitle: z.string(),
    organisationId: z.string().nullable(),
  })
  .meta({ id: 'BoardMember' });

const decisionSchema = z.object({
  id: z.string(),
  outcome: z
    .string()
    .meta({ description: 'approved, approved_with_conditions, deferred, returned or rejected' }),
  reasons: z.string().nullable(),
  recordedAt: z.string(),
});

export const meetingSummarySchema = z.object({
  id: z.string(),
  boardId: z.string(),
  heldOn: z.string().meta({ description: "'YYYY-MM-DD'" }),
  location: z.string().nullable(),
  version: z.number().int(),
});

export const meetingSchema = meetingSummarySchema
  .extend({
    allianceId: z.string(),
    boardName: z.string(),
    boardKind: z.enum(BOARD_KINDS),
    papers: z.string().nullable(),
    minutes: z.string().nullable(),
    updatedAt: z.string(),
    agenda: z.array(
      z.object({
        businessAreaId: z.string(),
        name: z.string(),
        stage: z.string(),
        position: z.number().int(),
        decision: decisionSchema.nullable().meta({ description: 'The decision recorded at this meeting' }),
      }),
    ),
  })
  .meta({ id: 'Meeting' });

export const boardSchema = z
  .object({
    id: z.string(),
    kind: z.enum(BOARD_KINDS),
    name: z.string(),
    members: z.array(memberSchema),
    nextMeetings: z.array(meetingSummarySchema),
    pastMeetings: z.array(meetingSummarySchema),
  })
  .meta({ id: 'Board' });

export const boardListSchema = z.object({ allianceId: z.string(), boards: z.array(boardSchema) });
export const meetingListQuery = z.object({ ...keysetQueryFields });

export const meetingListSchema = z.object({
  total: z.number().int().meta({ description: 'How many meetings the board has, across every page' }),
  items: z.array(meetingSummarySchema),
  next: nextField,
});
