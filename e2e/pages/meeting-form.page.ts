import type { Page } from 'playwright-core';
import { follow, verifyOnPage } from './page.ts';
import type { DateParts } from '../support/dates.ts';

export interface MeetingDetails {
  readonly heldOn: DateParts;
  readonly location?: string;
  /** Names of the business areas to put on the agenda. */
  readonly agenda?: readonly string[];
  readonly papers?: string;
  readonly minutes?: string;
}

/** Adding a board's meeting, at /alliances/:id/boards/:boardId/meetings/new. */
export interface MeetingFormPage {
  fill(details: MeetingDetails): Promise<void>;
  /** "Add meeting" or "Save changes". */
  save(): Promise<number>;
}

export async function onMeetingFormPage(page: Page, boardName: string): Promise<MeetingFormPage> {
  await verifyOnPage(page, `Add a meeting of the ${boardName}`);
  const form = page.locator('main form');
  return {
    async fill(details) {
      const date = form.getByRole('group', { name: 'Date of the meeting' });
      await date.getByLabel('Day', { exact: true }).fill(details.heldOn.day);
      await date.getByLabel('Month', { exact: true }).fill(details.heldOn.month);
      await date.getByLabel('Year', { exact: true }).fill(details.heldOn.year);
      if (details.location !== undefined)
        await form.getByLabel('Location (optional)', { exact: true }).fill(details.location);
      const agenda = form.getByRole('group', { name: /^Agenda/ });
      for (const name of details.agenda ?? [])
        await agenda.getByRole('checkbox', { name, exact: true }).check();
      if (details.papers !== undefined)
        await form.getByLabel('Papers (optional)', { exact: true }).fill(details.papers);
      if (details.minutes !== undefined)
        await form.getByLabel('Minutes (optional)', { exact: true }).fill(details.minutes);
    },
    save: () => follow(page, form.getByRole('button', { name: /^(Add meeting|Save changes)$/ })),
  };
}
