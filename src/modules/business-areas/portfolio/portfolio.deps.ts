import type { ModuleDeps } from '../../../platform/module.ts';
import type { BusinessAreasService } from './business-areas.service.ts';
import type { CaseSectionsService } from './business-case-sections.service.ts';
import type { DocumentsService } from '../documents/documents.service.ts';
import type { PipelineService } from '../pipeline/pipeline.service.ts';

/** What the pages of a business area share: its services, built once when the pages are registered. */
export interface PortfolioDeps extends ModuleDeps {
  readonly areas: BusinessAreasService;
  readonly sections: CaseSectionsService;
  readonly documents: DocumentsService;
  /** The case's place in the governance pipeline, shown on the area's page. */
  readonly pipeline: PipelineService;
}
