import type { Page } from 'playwright-core';
import { follow, verifyOnPage } from './page.ts';

/** What one force spends on and employs in the function, as typed: "600,000", "12". */
export interface ForceBaseline {
  readonly budget: string;
  readonly officers: string;
  readonly staff: string;
}

/** The baselines form at /business-areas/:id/baselines: one fieldset per member force. */
export interface BaselinesPage {
  fill(force: string, baseline: ForceBaseline): Promise<void>;
  save(): Promise<number>;
}

export async function onBaselinesPage(page: Page): Promise<BaselinesPage> {
  await verifyOnPage(page, 'Baseline budget and headcount');
  const form = page.locator('main form');
  return {
    async fill(force, baseline) {
      const fieldset = form.getByRole('group', { name: force, exact: true });
      await fieldset.getByLabel('Budget a year', { exact: true }).fill(baseline.budget);
      await fieldset.getByLabel('Police officers', { exact: true }).fill(baseline.officers);
      await fieldset.getByLabel('Police staff', { exact: true }).fill(baseline.staff);
    },
    save: () => follow(page, form.getByRole('button', { name: 'Save baselines' })),
  };
}
