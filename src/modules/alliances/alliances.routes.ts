import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../platform/module.ts';
import { registerAllianceApi } from './alliances.api.ts';
import { registerAlliancePages } from './alliances.pages.ts';
import { createAlliancesService } from './alliances.service.ts';

export function registerAlliances(app: FastifyInstance, deps: ModuleDeps): void {
  const alliances = createAlliancesService(deps);
  registerAlliancePages(app, { ...deps, alliances });
  registerAllianceApi(app, { ...deps, alliances });
}
