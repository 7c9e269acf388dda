import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../platform/module.ts';
import { registerAuditApi } from './audit.api.ts';
import { registerAuditPages } from './audit.pages.ts';

export function registerAudit(app: FastifyInstance, deps: ModuleDeps): void {
  registerAuditPages(app, deps);
  registerAuditApi(app, deps);
}
