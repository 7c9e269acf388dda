import type { Page } from 'playwright-core';
import type { DateParts } from '../support/dates.ts';
import { follow, verifyOnPage } from './page.ts';

export interface RealisedSaving {
  readonly year: string;
  readonly recordedOn: DateParts;
  readonly amount: string;
  readonly cashable: boolean;
  readonly evidence: string;
  readonly owner: string;
}

/** The form at /business-areas/:id/finance/actuals/new. */
export interface FinanceActualPage {
  fill(saving: RealisedSaving): Promise<void>;
  save(): Promise<number>;
}

export async function onFinanceActualPage(page: Page): Promise<FinanceActualPage> {
  await verifyOnPage(page, 'Record a realised saving');
  const form = page.locator('main form');
  return {
    async fill(saving) {
      await form.getByLabel('Financial year of the saving').fill(saving.year);
      const date = form.getByRole('group', { name: 'Date recorded' });
      await date.getByLabel('Day').fill(saving.recordedOn.day);
      await date.getByLabel('Month').fill(saving.recordedOn.month);
      await date.getByLabel('Year').fill(saving.recordedOn.year);
      await form.getByLabel('Amount saved').fill(saving.amount);
      await form.getByRole('radio', { name: saving.cashable ? 'Yes, cashable' : 'No, not cashable' }).check();
      await form.getByLabel('Evidence').fill(saving.evidence);
      await form.getByLabel('Owner', { exact: true }).fill(saving.owner);
    },
    save: () => follow(page, form.getByRole('button', { name: 'Record saving' })),
  };
}
