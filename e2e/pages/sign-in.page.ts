import type { Page } from 'playwright-core';
import type { Credentials } from '../support/server.ts';
import { follow, verifyOnPage, visit } from './page.ts';

export interface SignInPage {
  readonly email: ReturnType<Page['getByLabel']>;
  readonly password: ReturnType<Page['getByLabel']>;
  /** Fills the form and presses Sign in: answers the status of the page that comes back. */
  signIn(credentials: Credentials): Promise<number>;
}

export async function onSignInPage(page: Page): Promise<SignInPage> {
  await verifyOnPage(page, 'Sign in to Alliance');
  const email = page.getByLabel('Email address');
  const password = page.getByLabel('Password', { exact: true });
  return {
    email,
    password,
    async signIn(credentials) {
      await email.fill(credentials.email);
      await password.fill(credentials.password);
      return follow(page, page.getByRole('button', { name: 'Sign in' }));
    },
  };
}

export async function openSignInPage(page: Page): Promise<SignInPage> {
  await visit(page, '/sign-in');
  return onSignInPage(page);
}
