import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../app.ts';

/** Money: costs and baselines, cost-sharing bases, savings against the target, what-if, spreadsheets. */
export function registerFinance(_app: FastifyInstance, _deps: ModuleDeps): void {}
