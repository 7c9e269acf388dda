import type { Page } from 'playwright-core';
import { follow, mainText, verifyOnPage } from './page.ts';
import type { DateParts } from '../support/dates.ts';

/** One corporation sole's decision as the programme office records it. */
export interface SoleDecision {
  /** "Approve" or "Refuse". */
  readonly decision: string;
  /** Left as the office holder's name when not given. */
  readonly decidedBy?: string;
  /** The delegate's role ("Deputy Chief Constable"): the decision is then recorded as a delegate's. */
  readonly delegateRole?: string;
  readonly decidedOn: DateParts;
  readonly note?: string;
}

/**
 * The corporation soles' decisions at one gate, at /business-areas/:id/approvals/:gate: the
 * strategic outline case sign-off or the executive decision. One card and form per sole.
 */
export interface ApprovalsPage {
  text(): Promise<string>;
  /** The gate's summary: "Waiting for: …", "Approved by all corporation soles". */
  gateSummary(): Promise<string>;
  /** Fills the sole's form (found by the sole's title) and presses its "Record the decision". */
  record(soleTitle: string, decision: SoleDecision): Promise<number>;
  backToStage(): Promise<number>;
}

export async function onApprovalsPage(page: Page, gateLabel: string): Promise<ApprovalsPage> {
  await verifyOnPage(page, gateLabel);
  const main = page.locator('main');
  return {
    text: () => mainText(page),
    gateSummary: async () => (await main.locator('[id^="gate-"]').innerText()).replace(/\s+/g, ' ').trim(),
    async record(soleTitle, decision) {
      const card = main
        .locator('.govuk-summary-card')
        .filter({ has: page.getByRole('heading', { level: 3, name: soleTitle, exact: true }) });
      const form = card.locator('form');
      await form.getByRole('radio', { name: decision.decision, exact: true }).check();
      if (decision.decidedBy !== undefined)
        await form.getByLabel('Decided by', { exact: true }).fill(decision.decidedBy);
      if (decision.delegateRole !== undefined) {
        await form.getByLabel('Decided as a delegate of the office holder').check();
        await form
          .getByLabel('Role of the delegate (if a delegate decided)', { exact: true })
          .fill(decision.delegateRole);
      }
      await form.getByLabel('Day', { exact: true }).fill(decision.decidedOn.day);
      await form.getByLabel('Month', { exact: true }).fill(decision.decidedOn.month);
      await form.getByLabel('Year', { exact: true }).fill(decision.decidedOn.year);
      if (decision.note !== undefined) await form.getByLabel('Note (optional)').fill(decision.note);
      return follow(page, form.getByRole('button', { name: `Record the decision of the ${soleTitle}` }));
    },
    backToStage: () => follow(page, main.getByRole('link', { name: 'Stage of the business case' })),
  };
}
