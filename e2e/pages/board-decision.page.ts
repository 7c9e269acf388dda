import type { Page } from 'playwright-core';
import { follow, mainText, verifyOnPage } from './page.ts';
import type { DateParts } from '../support/dates.ts';

export interface ConditionDetails {
  readonly description: string;
  readonly owner: string;
  readonly dueOn: DateParts;
}

export interface BoardDecisionDetails {
  /** The meeting's date as the choice shows it, "3 March 2016"; left as it is when not given. */
  readonly meeting?: string;
  /** "Approved", "Approved with conditions", "Deferred", "Returned for rework" or "Rejected". */
  readonly outcome: string;
  readonly reasons?: string;
  readonly conditions?: readonly ConditionDetails[];
}

/** Recording a board's decision on a case, at /business-areas/:id/decisions/new. */
export interface BoardDecisionPage {
  text(): Promise<string>;
  fill(details: BoardDecisionDetails): Promise<void>;
  /** "Record the decision": answers the status of the page that comes back. */
  save(): Promise<number>;
  /** Whether a meeting is chosen already (as when coming from the meeting's agenda). */
  meetingChosen(meeting: string): Promise<boolean>;
}

export async function onBoardDecisionPage(page: Page): Promise<BoardDecisionPage> {
  await verifyOnPage(page, 'Record a board decision');
  const form = page.locator('main form');
  const meetings = form.getByRole('group', { name: /^Meeting of the / });
  return {
    text: () => mainText(page),
    meetingChosen: (meeting) => meetings.getByRole('radio', { name: meeting, exact: true }).isChecked(),
    async fill(details) {
      if (details.meeting !== undefined)
        await meetings.getByRole('radio', { name: details.meeting, exact: true }).check();
      await form
        .getByRole('group', { name: 'Decision', exact: true })
        .getByRole('radio', { name: details.outcome, exact: true })
        .check();
      if (details.reasons !== undefined)
        await form.getByLabel('Reasons', { exact: true }).fill(details.reasons);
      for (const [index, condition] of (details.conditions ?? []).entries()) {
        const number = index + 1;
        await form.getByLabel(`Condition ${number}`, { exact: true }).fill(condition.description);
        await form.getByLabel(`Owner of condition ${number}`, { exact: true }).fill(condition.owner);
        const due = form.getByRole('group', { name: `Due date of condition ${number}` });
        await due.getByLabel('Day', { exact: true }).fill(condition.dueOn.day);
        await due.getByLabel('Month', { exact: true }).fill(condition.dueOn.month);
        await due.getByLabel('Year', { exact: true }).fill(condition.dueOn.year);
      }
    },
    save: () => follow(page, form.getByRole('button', { name: 'Record the decision' })),
  };
}
