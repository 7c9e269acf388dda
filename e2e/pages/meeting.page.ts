import type { Page } from 'playwright-core';
import { follow, mainText, verifyOnPage, visit } from './page.ts';

const MEETING_PATH = /^\/meetings\/([0-9a-f-]{36})$/;

/** One meeting of a board at /meetings/:id: its agenda with the decision on each case, papers, minutes. */
export interface MeetingPage {
  readonly id: string;
  text(): Promise<string>;
  /** The agenda's row for a case: item number, case, stage now and the decision at this meeting. */
  agendaRow(areaName: string): Promise<string>;
  /** The agenda's "Record a decision" link for a case. */
  recordDecisionOn(areaName: string): Promise<number>;
}

export async function onMeetingPage(page: Page, boardName: string, heldOn: string): Promise<MeetingPage> {
  await verifyOnPage(page, `${boardName} meeting, ${heldOn}`);
  const id = MEETING_PATH.exec(new URL(page.url()).pathname)?.[1];
  if (!id) throw new Error(`${page.url()} is not a meeting's page`);
  const main = page.locator('main');
  const agenda = main.getByRole('table', { name: 'Agenda' });
  const row = (areaName: string) =>
    agenda.getByRole('row').filter({ has: page.getByRole('link', { name: areaName, exact: true }) });
  return {
    id,
    text: () => mainText(page),
    agendaRow: async (areaName) => (await row(areaName).innerText()).replace(/\s+/g, ' ').trim(),
    recordDecisionOn: (areaName) =>
      follow(page, row(areaName).getByRole('link', { name: `Record a decision on ${areaName}` })),
  };
}

export async function openMeetingPage(
  page: Page,
  id: string,
  boardName: string,
  heldOn: string,
): Promise<MeetingPage> {
  await visit(page, `/meetings/${id}`);
  return onMeetingPage(page, boardName, heldOn);
}
