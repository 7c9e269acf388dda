import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { expectNoPa11yErrors, expectValidHtml } from './checkers.ts';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Contexts browsing with JavaScript turned off. axe runs as a script in the page, so it cannot run
 * there; those journeys check the pages work, and the same pages are checked by axe elsewhere.
 */
export const contextsWithoutJavaScript = new WeakSet<BrowserContext>();

/**
 * Fails with every violation's rule, advice and the elements to fix, so the message is the to-do list.
 * Beside axe, the page goes to two independent checkers: the Nu HTML checker (valid HTML) and
 * pa11y (WCAG 2 AA by HTML_CodeSniffer); both must find no error. `checkHtml: false` skips the Nu
 * checker when the same markup was just checked (the same page reopened at another width).
 */
export async function expectNoAxeViolations(
  page: Page,
  { checkHtml = true }: { readonly checkHtml?: boolean } = {},
): Promise<void> {
  if (checkHtml) await expectValidHtml(page);
  if (contextsWithoutJavaScript.has(page.context())) return;
  await expectNoPa11yErrors(page);
  // Only violations are read: asking axe for passes and incomplete results too costs it a third more time.
  // (`options` replaces what `withTags` would set, so the rules are chosen here too.)
  const results = await new AxeBuilder({ page })
    .options({ runOnly: { type: 'tag', values: WCAG_22_AA }, resultTypes: ['violations'] })
    .analyze();
  if (results.violations.length === 0) return;
  const report = results.violations.map((violation) => {
    const targets = violation.nodes.map((node) => `    ${node.target.join(' ')}`).join('\n');
    return `  ${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help}\n    ${violation.helpUrl}\n${targets}`;
  });
  throw new Error(
    `${results.violations.length} accessibility violation(s) on ${page.url()}:\n${report.join('\n')}`,
  );
}
