import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../platform/module.ts';
import { registerCostSharingPages } from './cost-sharing/cost-sharing.pages.ts';
import { registerWhatIfPages } from './what-if/what-if.pages.ts';
import { registerSpreadsheetPages } from './spreadsheets/spreadsheet.pages.ts';
import { registerFinanceAreaPages } from './savings/finance-area.pages.ts';
import { registerFinanceAreaRecordPages } from './savings/finance-area-records.pages.ts';
import { registerFinanceOverviewPages } from './savings/finance-overview.pages.ts';
import { registerFinanceRecordPages } from './savings/finance-records.pages.ts';
import { registerFinanceApi } from './finance.api.ts';
import { registerCostSharingApi } from './cost-sharing/cost-sharing.api.ts';
import { registerWhatIfApi } from './what-if/what-if.api.ts';

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
