import type { FastifyInstance } from 'fastify';
import type { AppModule, ModuleDeps } from '../../platform/module.ts';
import { registerFinance } from './finance.routes.ts';

/** Money: costs and baselines, cost-sharing bases, savings against the target, what-if, spreadsheets. */
export function financeModule(deps: ModuleDeps): AppModule {
  return { name: 'finance', register: (app: FastifyInstance) => registerFinance(app, deps) };
}
