import type { Locator, Page } from 'playwright-core';
import type { DateParts } from '../support/dates.ts';
import { follow, verifyOnPage } from './page.ts';

/** The kinds of basis, as the radios name them. */
export type BasisKindLabel =
  | 'Fixed percentages'
  | 'In proportion to net revenue budget'
  | 'In proportion to population'
  | 'In proportion to a demand measure'
  | 'A weighted mix of these';

/** The boxes of one basis: on the new-basis form, or one candidate of the what-if page. */
export interface BasisBoxes {
  choose(kind: BasisKindLabel): Promise<void>;
  /** A force's box under "The percentage each force pays", as typed: "69", "30.5". */
  percentage(force: string): Locator;
  budgetYear(): Locator;
}

export function basisBoxes(scope: Locator, legend: string): BasisBoxes {
  const group = scope.getByRole('group', { name: legend, exact: true });
  return {
    choose: (kind) => group.getByRole('radio', { name: kind, exact: true }).check(),
    percentage: (force) =>
      group
        .getByRole('group', { name: 'The percentage each force pays', exact: true })
        .getByLabel(force, { exact: true }),
    budgetYear: () => group.getByLabel('Financial year of the budgets', { exact: true }).first(),
  };
}

/** The form at /alliances/:id/finance/bases/new: a new version of the alliance's basis. */
export interface FinanceBasisFormPage extends BasisBoxes {
  name(): Locator;
  effectiveFrom(date: DateParts): Promise<void>;
  reason(): Locator;
  adopt(): Promise<number>;
}

export async function onFinanceBasisFormPage(
  page: Page,
  heading: string | RegExp = 'New cost-sharing basis',
): Promise<FinanceBasisFormPage> {
  await verifyOnPage(page, heading);
  const form = page.locator('main form');
  return {
    ...basisBoxes(form, 'How the costs are shared'),
    name: () => form.getByLabel('Name of the basis', { exact: true }),
    async effectiveFrom(date) {
      const group = form.getByRole('group', { name: 'Date it takes effect', exact: true });
      await group.getByLabel('Day', { exact: true }).fill(date.day);
      await group.getByLabel('Month', { exact: true }).fill(date.month);
      await group.getByLabel('Year', { exact: true }).fill(date.year);
    },
    reason: () => form.getByLabel('Reason (optional)', { exact: true }),
    adopt: () => follow(page, form.getByRole('button', { name: 'Adopt this basis' })),
  };
}
