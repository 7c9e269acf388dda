import type { FastifyInstance } from 'fastify';
import type { AppModule, ModuleDeps } from '../../platform/module.ts';
import { registerAudit } from './audit.routes.ts';

/** The tamper-evident audit trail: every module records its changes through `recordAudit`. */
export function auditModule(deps: ModuleDeps): AppModule {
  return { name: 'audit', register: (app: FastifyInstance) => registerAudit(app, deps) };
}

export {
  recordAudit,
  recordHistory,
  appendAuditEvents,
  changeCounter,
  type PendingAuditEvent,
  verifyAuditChain,
  auditHead,
  TIMELINE_LIMIT,
  type AuditedChange,
  type VerifyOptions,
} from './audit.service.ts';
