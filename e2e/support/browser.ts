import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';

export interface TestBrowser {
  readonly browser: Browser;
  /** A fresh context (its own cookies) in the UK time zone and locale the service is used in. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  close(): Promise<void>;
}

// Debian's Chromium running as root in a container: no sandbox, no GPU, and nothing that phones home.
// Playwright refuses --user-data-dir with launch(); it gives each launch its own fresh temporary
// profile and deletes it on close, which is what a clean run needs.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

export async function launchBrowser(baseURL: string): Promise<TestBrowser> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
  return {
    browser,
    newContext: (options = {}) =>
      browser.newContext({ baseURL, timezoneId: 'Europe/London', locale: 'en-GB', ...options }),
    close: () => browser.close(),
  };
}
