/** The demo alliance with its finance, served by the app, and API clients for a finance lead and a viewer. */
import { afterAll, beforeAll } from 'vitest';
import { apiClientFor } from '../../platform/testing/api-client.ts';
import { createTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import { DEMO_NOW, setUpDemoFinance, type DemoFinance } from './finance-service.testing.ts';

export type ApiClient = Awaited<ReturnType<typeof apiClientFor>>;

export interface FinanceApi {
  readonly demo: DemoFinance;
  readonly t: TestApp;
  readonly finance: ApiClient;
  readonly viewer: ApiClient;
}

/** Sets up once for the test file and tears down after it; read the fields inside tests. */
export function useFinanceApi(): FinanceApi {
  const state = {} as { -readonly [K in keyof FinanceApi]: FinanceApi[K] };
  beforeAll(async () => {
    state.demo = await setUpDemoFinance();
    state.t = await createTestApp({ database: state.demo.database, now: DEMO_NOW });
    const { app, database, clock } = state.t;
    state.finance = await apiClientFor(app, database, clock, [{ role: 'finance', organisationId: null }]);
    state.viewer = await apiClientFor(app, database, clock, [{ role: 'viewer', organisationId: null }]);
  });
  afterAll(async () => {
    await state.t.close();
    await state.demo.database.close();
  });
  return state;
}
