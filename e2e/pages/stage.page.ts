import type { Page } from 'playwright-core';
import { follow, mainText, verifyOnPage, visit } from './page.ts';

export type SoleGateName = 'strategic outline case sign-off' | 'executive decision';

const GATE_LINKS: Record<SoleGateName, string> = {
  'strategic outline case sign-off': 'View the strategic outline case sign-off',
  'executive decision': 'View the executive decision approvals',
};

/** A case's place in the pipeline at /business-areas/:id/stage: where the programme team moves it. */
export interface StagePage {
  text(): Promise<string>;
  /** The green banner after a move, a decision or a closed condition. */
  banner(): Promise<string>;
  /** The stage the summary list shows. */
  stage(): Promise<string>;
  /** The hint under a move's choice: what holds it back, or a gate that only waits. */
  moveHint(stageLabel: string): Promise<string>;
  /** Chooses where the case goes next and presses "Move the case". */
  moveTo(stageLabel: string, reason?: string): Promise<number>;
  openApprovals(gate: SoleGateName): Promise<number>;
  /** "Record the programme board's decision", while a board is reviewing the case. */
  recordBoardDecision(): Promise<number>;
  /** The "Close" link beside an open condition. */
  closeCondition(description: string): Promise<number>;
}

export async function onStagePage(page: Page): Promise<StagePage> {
  await verifyOnPage(page, 'Stage of the business case');
  const main = page.locator('main');
  const form = main.locator('form');
  const choice = (label: string) => form.getByRole('radio', { name: label, exact: true });
  return {
    text: () => mainText(page),
    banner: async () => (await main.locator('.govuk-notification-banner').innerText()).replace(/\s+/g, ' '),
    stage: async () =>
      (
        await main
          .locator('.govuk-summary-list__row')
          .filter({ has: page.locator('dt', { hasText: /^\s*Stage\s*$/ }) })
          .locator('dd')
          .first()
          .innerText()
      ).trim(),
    async moveHint(label) {
      const id = await choice(label).getAttribute('aria-describedby');
      return id ? (await page.locator(`[id="${id}"]`).innerText()).trim() : '';
    },
    async moveTo(label, reason) {
      await choice(label).check();
      if (reason !== undefined) await form.getByLabel('Reason', { exact: true }).fill(reason);
      return follow(page, form.getByRole('button', { name: 'Move the case' }));
    },
    openApprovals: (gate) => follow(page, main.getByRole('link', { name: GATE_LINKS[gate] })),
    recordBoardDecision: () => follow(page, main.getByRole('link', { name: /^Record the .+'s decision$/ })),
    closeCondition: (description) =>
      follow(page, main.getByRole('link', { name: `Close the condition: ${description}` })),
  };
}

export async function openStagePage(page: Page, areaId: string): Promise<StagePage> {
  await visit(page, `/business-areas/${areaId}/stage`);
  return onStagePage(page);
}
