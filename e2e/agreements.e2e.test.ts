import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, type RunningApp } from './support/server.ts';
import { launchBrowser, type TestBrowser } from './support/browser.ts';
import { newPage, signedInPage } from './support/session.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { onAgreementPage, openAgreementsRegister, openPublishedAgreements } from './pages/agreements.page.ts';
import { verifyOnPage } from './pages/page.ts';

const OVERARCHING = 'Devon & Cornwall and Dorset strategic alliance agreement';

let server: RunningApp;
let browser: TestBrowser;
let signedIn: Page;
let anonymous: Page;

beforeAll(async () => {
  server = await startApp();
  browser = await launchBrowser(server.baseUrl);
  signedIn = await signedInPage(browser, server.admin);
  anonymous = await newPage(browser);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the agreement register', () => {
  it('lists the demo agreements and shows the overarching one as it stood before its variation', async () => {
    const register = await openAgreementsRegister(signedIn, '2015-06-01');
    expect(await register.text()).toContain(OVERARCHING);
    await expectNoAxeViolations(signedIn);
    expect(await register.openAgreement(OVERARCHING)).toBe(200);
    const agreement = await onAgreementPage(signedIn, OVERARCHING);
    const text = await agreement.text();
    expect(text).toContain('Version 2, from 1 April 2016');
    expect(text).toContain('as delegate');
    await expectNoAxeViolations(signedIn);
    // Every demo agreement is signed: the form says so rather than listing parties.
    await signedIn.goto(`${new URL(signedIn.url()).pathname}/sign`);
    await verifyOnPage(signedIn, 'Record a signature');
    expect(await signedIn.locator('main').innerText()).toContain('Every party has signed');
    await expectNoAxeViolations(signedIn);
  });
});

describe('the published agreements, without signing in', () => {
  it('lists the agreements in force and shows one without naming anyone', async () => {
    const published = await openPublishedAgreements(anonymous);
    expect(await published.text()).toContain(OVERARCHING);
    await expectNoAxeViolations(anonymous);
    expect(await published.openAgreement(OVERARCHING)).toBe(200);
    await verifyOnPage(anonymous, OVERARCHING);
    const text = await anonymous.locator('main').innerText();
    expect(text).toContain('The office holder');
    expect(text).not.toMatch(/Shaun Sawyer|Alex Penrose/);
    await expectNoAxeViolations(anonymous);
  });
});
