import { appendFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { inject } from 'vitest';

const require = createRequire(import.meta.url);

/**
 * Warnings do not fail a page (each kind was reviewed, see the README); set this to a file to list
 * every one met, to review them again.
 */
const WARNINGS_FILE = process.env.CHECKER_WARNINGS_FILE;

function noteWarnings(checker: string, page: Page, warnings: string[]): void {
  if (!WARNINGS_FILE || warnings.length === 0) return;
  appendFileSync(
    WARNINGS_FILE,
    warnings.map((warning) => `${checker}\t${page.url()}\t${warning}\n`).join(''),
  );
}

interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  message: string;
  lastLine?: number;
  extract?: string;
}

/** Fails with every error the Nu HTML checker finds in the page as the browser holds it. */
export async function expectValidHtml(page: Page): Promise<void> {
  const html = await page.content();
  const response = await fetch(`${inject('nuCheckerUrl')}?out=json`, {
    method: 'POST',
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: html,
  });
  if (!response.ok) throw new Error(`The Nu HTML checker answered ${response.status} for ${page.url()}`);
  const { messages } = (await response.json()) as { messages: NuMessage[] };
  const errors = messages.filter((message) => message.type !== 'info');
  noteWarnings(
    'nu',
    page,
    messages.filter((message) => message.subType === 'warning').map((message) => message.message),
  );
  if (errors.length === 0) return;
  const report = errors.map(
    (error) => `  line ${error.lastLine ?? '?'}: ${error.message}\n    ${error.extract ?? ''}`,
  );
  throw new Error(`${errors.length} Nu HTML checker error(s) on ${page.url()}:\n${report.join('\n')}`);
}

interface Pa11yIssue {
  code: string;
  type: 'error' | 'warning' | 'notice' | 'unknown';
  message: string;
  context: string;
}

const htmlCodeSniffer = readFileSync(require.resolve('@pa11y/html_codesniffer/build/HTMLCS.js'), 'utf8');
const pa11yHtmlcsRunner = (require('pa11y/lib/runners/htmlcs.js') as { run: (options: object) => unknown })
  .run;

/**
 * pa11y's own HTML_CodeSniffer runner, WCAG 2 AA, run in the page the journey is on: the same
 * browser, and the page as it stands (a form showing its errors is checked as such).
 */
export async function pa11yIssues(page: Page): Promise<Pa11yIssue[]> {
  if (!(await page.evaluate('typeof window.HTMLCS !== "undefined"'))) await page.evaluate(htmlCodeSniffer);
  return page.evaluate(`(async () => {
    const issues = await (${pa11yHtmlcsRunner.toString()})({ standard: 'WCAG2AA', rules: [] });
    return issues.map((issue) => ({
      code: issue.code,
      type: issue.type,
      message: issue.message,
      context: issue.element && issue.element.outerHTML ? issue.element.outerHTML.slice(0, 200) : '',
    }));
  })()`);
}

/** Fails with every pa11y error, each with its WCAG technique and the markup to fix. */
export async function expectNoPa11yErrors(page: Page): Promise<void> {
  const issues = await pa11yIssues(page);
  const warnings = issues.filter((issue) => issue.type === 'warning');
  noteWarnings(
    'pa11y',
    page,
    warnings.map((issue) => `${issue.code}\t${issue.context.slice(0, 100)}`),
  );
  const errors = issues.filter((issue) => issue.type === 'error');
  if (errors.length === 0) return;
  const report = errors.map((error) => `  ${error.code}: ${error.message}\n    ${error.context}`);
  throw new Error(`${errors.length} pa11y error(s) on ${page.url()}:\n${report.join('\n')}`);
}
