import type { BrowserContextOptions, Page } from 'playwright-core';
import type { TestBrowser } from './browser.ts';
import type { Credentials } from './server.ts';
import { openSignInPage } from '../pages/sign-in.page.ts';
import { contextsWithoutJavaScript } from './axe.ts';

/** A new browser context (its own session) with one tab; failing steps give up after ten seconds. */
export async function newPage(browser: TestBrowser, options?: BrowserContextOptions): Promise<Page> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(10_000);
  if (options?.javaScriptEnabled === false) contextsWithoutJavaScript.add(context);
  return context.newPage();
}

/** A new session signed in through the sign-in form, left on the page sign-in leads to. */
export async function signedInPage(
  browser: TestBrowser,
  credentials: Credentials,
  options?: BrowserContextOptions,
): Promise<Page> {
  const page = await newPage(browser, options);
  const status = await (await openSignInPage(page)).signIn(credentials);
  if (status !== 200) throw new Error(`Signing in as ${credentials.email} answered ${status}`);
  return page;
}
