import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, type RunningApp } from './support/server.ts';
import { launchBrowser, type TestBrowser } from './support/browser.ts';
import { newPage, signedInPage } from './support/session.ts';
import { errorSummary, follow, visit } from './pages/page.ts';
import { onSignInPage, openSignInPage } from './pages/sign-in.page.ts';
import { onDashboardPage } from './pages/dashboard.page.ts';
import { onOrganisationsPage, openOrganisationsPage } from './pages/organisations.page.ts';
import {
  ADD_HEADING,
  CHANGE_HEADING,
  onOrganisationFormPage,
  openEditOrganisationPage,
  openNewOrganisationPage,
} from './pages/organisation-form.page.ts';
import { onOrganisationPage, openOrganisationPage } from './pages/organisation.page.ts';
import { onAlliancePage, openAlliancesPage } from './pages/alliances.page.ts';
import { onAuditTimelinePage, openAuditPage } from './pages/audit.page.ts';
import {
  openAccessibilityStatement,
  openAccountPage,
  openMissingPage,
  openUsersPage,
} from './pages/simple-pages.ts';

const CONFLICT_MESSAGE = /changed by someone else while you were editing/i;

let server: RunningApp;
let browser: TestBrowser;
const openPages: Page[] = [];

beforeAll(async () => {
  server = await startApp();
  browser = await launchBrowser(server.baseUrl);
});

afterEach(async () => {
  for (const page of openPages.splice(0)) await page.context().close();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function anonymous(): Promise<Page> {
  const page = await newPage(browser);
  openPages.push(page);
  return page;
}

async function administrator(options?: { javaScriptEnabled?: boolean }): Promise<Page> {
  const page = await signedInPage(browser, server.admin, options);
  openPages.push(page);
  return page;
}

function path(page: Page): string {
  const url = new URL(page.url());
  return url.pathname + url.search;
}

describe('signing in and out', () => {
  it('signs in, sees the alliance in numbers on the dashboard, and signs out', async () => {
    const page = await anonymous();
    const signIn = await openSignInPage(page);
    expect(await signIn.signIn(server.admin)).toBe(200);
    expect(path(page)).toBe('/');

    const dashboard = await onDashboardPage(page);
    const text = await dashboard.text();
    expect(text).toContain('The alliance in numbers');
    expect(text).toContain('£396 million');
    expect(text).toContain('2.43 million');
    expect(text).toContain('£12 million');

    expect(await dashboard.signOut()).toBe(200);
    expect(path(page)).toBe('/sign-in?signedOut=1');
    await onSignInPage(page);
    expect(await visit(page, '/')).toBe(200);
    expect(path(page)).toBe('/sign-in?returnTo=%2F');
  });

  it('refuses a wrong password with an error summary, keeping the email address', async () => {
    const page = await anonymous();
    const signIn = await openSignInPage(page);
    expect(await signIn.signIn({ email: server.admin.email, password: 'not the password' })).toBe(401);

    const again = await onSignInPage(page);
    expect(await errorSummary(page)).toEqual(['Enter a correct email address and password']);
    expect(await again.email.inputValue()).toBe(server.admin.email);
    expect(await again.password.inputValue()).toBe('');
    expect(await page.title()).toMatch(/^Error: /);
  });

  it('sends a signed-out visitor to sign in and then on to the page they asked for', async () => {
    const page = await anonymous();
    expect(await visit(page, '/organisations')).toBe(200);
    expect(path(page)).toBe('/sign-in?returnTo=%2Forganisations');
    expect(await (await onSignInPage(page)).signIn(server.admin)).toBe(200);
    expect(path(page)).toBe('/organisations');
    await onOrganisationsPage(page);
  });

  it('works without JavaScript: signs in, reaches the dashboard and signs out', async () => {
    const page = await administrator({ javaScriptEnabled: false });
    const dashboard = await onDashboardPage(page);
    expect(await dashboard.signOut()).toBe(200);
    await onSignInPage(page);
  });
});

describe('organisations', () => {
  it('adds an organisation: a bad form is refused with its errors and nothing saved, then a good one is saved', async () => {
    const page = await administrator();
    expect(await (await onDashboardPage(page)).goTo('Organisations')).toBe(200);
    expect(await (await onOrganisationsPage(page)).addOrganisation()).toBe(200);
    expect(path(page)).toBe('/organisations/new');

    const name = 'Isles of Scilly Fire and Rescue Service';
    const form = await onOrganisationFormPage(page, ADD_HEADING);
    await form.fill({ shortName: 'Scilly Fire', population: 'about two thousand' });
    expect(await form.save()).toBe(400);

    const refused = await onOrganisationFormPage(page, ADD_HEADING);
    expect(await errorSummary(page)).toEqual([
      'Select the kind of organisation',
      'Enter the name of the organisation',
      'The population must be a whole number, like 750000',
    ]);
    expect(await refused.field('shortName').inputValue()).toBe('Scilly Fire');
    expect(await refused.field('population').inputValue()).toBe('about two thousand');
    expect(await page.title()).toMatch(/^Error: /);
    expect(await (await openOrganisationsPage(page)).text()).not.toContain('Scilly Fire');

    const good = await openNewOrganisationPage(page);
    await good.fill({
      kind: 'Fire and rescue authority',
      name,
      shortName: 'Scilly Fire',
      region: 'South West',
      population: '2,200',
      populationYear: '2015',
    });
    expect(await good.save()).toBe(200);
    const saved = await onOrganisationPage(page, name);
    expect(await saved.text()).toContain('2,200 (2015)');
    expect(await (await openOrganisationsPage(page)).text()).toContain(name);
  });

  it('two sessions edit one organisation: the later save is refused, its input kept, and the saved values shown', async () => {
    const first = await administrator();
    const second = await administrator();
    await (await openOrganisationsPage(first)).openOrganisation('Dorset Police');
    const organisation = await onOrganisationPage(first, 'Dorset Police');
    expect(await organisation.changeDetails()).toBe(200);
    const firstForm = await onOrganisationFormPage(first, CHANGE_HEADING);
    const secondForm = await openEditOrganisationPage(second, organisation.id);

    await firstForm.fill({ notes: 'Budget confirmed by the chief finance officer.' });
    await secondForm.fill({ notes: 'Population figure to be checked against the census.' });
    expect(await firstForm.save()).toBe(200);
    expect(await (await onOrganisationPage(first, 'Dorset Police')).text()).toContain(
      'Budget confirmed by the chief finance officer.',
    );

    expect(await secondForm.save()).toBe(409);
    const refused = await onOrganisationFormPage(second, CHANGE_HEADING);
    expect((await errorSummary(second)).join(' ')).toMatch(CONFLICT_MESSAGE);
    expect(await refused.field('notes').inputValue()).toBe(
      'Population figure to be checked against the census.',
    );
    expect(await refused.text()).toContain('Budget confirmed by the chief finance officer.');
    expect(await (await openOrganisationPage(second, organisation.id, 'Dorset Police')).text()).not.toContain(
      'Population figure to be checked against the census.',
    );
  });

  it('shows "Page not found" for an organisation id that is unknown or malformed', async () => {
    const page = await administrator();
    for (const address of [
      '/organisations/00000000-0000-4000-8000-000000000000',
      '/organisations/not-an-id',
      '/organisations/not-an-id/edit',
    ]) {
      expect((await openMissingPage(page, address)).status).toBe(404);
    }
  });
});

describe('every page passes axe', () => {
  it('the public pages: sign in, the accessibility statement and "Page not found"', async () => {
    const page = await anonymous();
    await openSignInPage(page);
    expect(await follow(page, page.getByRole('link', { name: 'Accessibility statement' }))).toBe(200);
    expect(path(page)).toBe('/accessibility');
    expect((await openAccessibilityStatement(page)).status).toBe(200);
    expect((await openMissingPage(page, '/no-such-page')).status).toBe(404);
  });

  it('"Page not found" for someone signed in', async () => {
    const page = await administrator();
    expect((await openMissingPage(page, '/no-such-page')).status).toBe(404);
  });

  it('alliances: the list and an alliance', async () => {
    const page = await administrator();
    const name = 'Devon & Cornwall and Dorset strategic alliance';
    expect(await (await openAlliancesPage(page)).openAlliance(name)).toBe(200);
    expect(await (await onAlliancePage(page, name)).text()).toContain('Dorset Police');
  });

  it('an organisation and its audit timeline', async () => {
    const page = await administrator();
    await (await openOrganisationsPage(page)).openOrganisation('Devon & Cornwall Police');
    const organisation = await onOrganisationPage(page, 'Devon & Cornwall Police');
    expect(await organisation.openHistory()).toBe(200);
    expect(path(page)).toBe(`/audit/organisation/${organisation.id}`);
    await onAuditTimelinePage(page, 'Devon & Cornwall Police');
  });

  it('the audit trail, users and your account, as the administrator', async () => {
    const page = await administrator();
    await openAuditPage(page);
    expect((await openUsersPage(page)).status).toBe(200);
    const account = await openAccountPage(page);
    expect(account.status).toBe(200);
    expect(await account.text()).toContain(server.admin.email);
  });
});
