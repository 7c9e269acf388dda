import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../platform/module.ts';
import { registerCostSharingPages } from './cost-sharing.pages.ts';
import { registerWhatIfPages } from './what-if.pages.ts';
import { registerSpreadsheetPages } from './spreadsheet.pages.ts';
import { registerFinanceAreaPages } from './finance-area.pages.ts';
import { registerFinanceAreaRecordPages } from './finance-area-records.pages.ts';
import { registerFinanceOverviewPages } from './finance-overview.pages.ts';
import { registerFinanceRecordPages } from './finance-records.pages.ts';
import { registerFinanceApi } from './finance.api.ts';
import { registerCostSharingApi } from './cost-sharing.api.ts';
import { registerWhatIfApi } from './what-if.api.ts';

/** Money: costs and baselines, cost-sharing bases, savings against the target, what-if, spreadsheets. */
export function registerFinance(app: FastifyInstance, deps: ModuleDeps): void {
  registerCostSharingPages(app, deps);
  registerWhatIfPages(app, deps);
  registerSpreadsheetPages(app, deps);
  registerFinanceOverviewPages(app, deps);
  registerFinanceRecordPages(app, deps);
  registerFinanceAreaPages(app, deps);
  registerFinanceAreaRecordPages(app, deps);
  registerFinanceApi(app, deps);
  registerCostSharingApi(app, deps);
  registerWhatIfApi(app, deps);
}
