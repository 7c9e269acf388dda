/** HM Treasury's five case model: each business case answers five questions. */
export const SECTIONS = ['strategic', 'economic', 'commercial', 'financial', 'management'] as const;
export type Section = (typeof SECTIONS)[number];

export interface SectionDefinition {
  readonly title: string;
  readonly question: string;
}

export const SECTION_DEFINITIONS: Record<Section, SectionDefinition> = {
  strategic: { title: 'Strategic case', question: 'Is there a case for change?' },
  economic: { title: 'Economic case', question: 'Which option gives the best value?' },
  commercial: { title: 'Commercial case', question: 'Can a realistic deal be done?' },
  financial: { title: 'Financial case', question: 'Is it affordable?' },
  management: { title: 'Management case', question: 'Can it be delivered?' },
};

export const SECTION_STATUSES = ['not_started', 'in_progress', 'completed'] as const;
export type SectionStatus = (typeof SECTION_STATUSES)[number];

export const SECTION_STATUS_LABELS: Record<SectionStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  completed: 'Completed',
};

/** The GOV.UK task list shows unfinished work as a tag and completed work as plain text. */
export const SECTION_STATUS_TAG_CLASSES: Record<SectionStatus, string | undefined> = {
  not_started: 'govuk-tag--teal',
  in_progress: 'govuk-tag--blue',
  completed: undefined,
};

export const BODY_MAX = 20_000;
export const OWNER_MAX = 200;

export function isSection(value: string): value is Section {
  return (SECTIONS as readonly string[]).includes(value);
}

export interface CaseSection {
  readonly section: Section;
  readonly body: string;
  readonly owner: string | null;
  readonly status: SectionStatus;
  /** 0 while nothing has been written: the first save creates version 1. */
  readonly version: number;
  readonly updatedAt: Date | null;
}

export function emptySection(section: Section): CaseSection {
  return { section, body: '', owner: null, status: 'not_started', version: 0, updatedAt: null };
}

/** All five, in the model's order, whether or not anything has been written in them yet. */
export function allSections(stored: readonly CaseSection[]): CaseSection[] {
  return SECTIONS.map((section) => stored.find((s) => s.section === section) ?? emptySection(section));
}

export interface CaseProgress {
  readonly completed: number;
  readonly total: number;
}

export function caseProgress(sections: readonly CaseSection[]): CaseProgress {
  return {
    completed: sections.filter((section) => section.status === 'completed').length,
    total: SECTIONS.length,
  };
}
