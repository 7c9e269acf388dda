import type { Page } from 'playwright-core';
import { follow, verifyOnPage } from './page.ts';

/** One year's costs as typed: each force's baseline by its name, and the team's costs. */
export interface AreaYearCosts {
  readonly year: string;
  readonly baselines: Readonly<Record<string, string>>;
  readonly targetCost: string;
  readonly implementationCost: string;
}

/** The costs form at /business-areas/:id/finance/costs. */
export interface FinanceCostsPage {
  fill(costs: AreaYearCosts): Promise<void>;
  /** What a box holds now, by its label. */
  value(label: string): Promise<string>;
  save(): Promise<number>;
}

export async function onFinanceCostsPage(page: Page): Promise<FinanceCostsPage> {
  await verifyOnPage(page, 'Costs for a financial year');
  const form = page.locator('main form');
  return {
    async fill(costs) {
      await form.getByLabel('Financial year', { exact: true }).fill(costs.year);
      const baselines = form.getByRole('group', { name: 'Baselines' });
      for (const [force, amount] of Object.entries(costs.baselines)) {
        await baselines.getByLabel(force, { exact: true }).fill(amount);
      }
      await form.getByLabel('Target operating model cost (optional)').fill(costs.targetCost);
      await form.getByLabel('Implementation cost', { exact: true }).fill(costs.implementationCost);
    },
    value: (label) => form.getByLabel(label, { exact: true }).inputValue(),
    save: () => follow(page, form.getByRole('button', { name: 'Save costs' })),
  };
}
