import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../platform/module.ts';
import { registerBoardsApi } from './boards.api.ts';
import { registerBoardsPages } from './boards.pages.ts';
import { createBoardsService } from './boards.service.ts';
import { registerMeetingPages } from './meetings.pages.ts';
import { registerReportsApi } from './reports.api.ts';
import { registerReportPages } from './reports.pages.ts';
import { createReportsService } from './reports.service.ts';

/** Boards, members, meetings and agendas; the conditions list, the pipeline view and each case's timeline. */
export function registerBoards(app: FastifyInstance, deps: ModuleDeps): void {
  const boards = createBoardsService(deps);
  const reports = createReportsService(deps);
  registerBoardsPages(app, { ...deps, boards });
  registerMeetingPages(app, { ...deps, boards });
  registerReportPages(app, { ...deps, reports });
  registerBoardsApi(app, { ...deps, boards });
  registerReportsApi(app, { ...deps, reports });
}
