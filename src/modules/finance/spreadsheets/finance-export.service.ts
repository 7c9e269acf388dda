import { londonDate } from '../../../platform/dates.ts';
import type { Pence } from '../../../platform/money.ts';
import * as repo from '../finance.repo.ts';
import { byYearTable, savingsModelTable } from './finance-spreadsheet-export.domain.ts';
import { CONTENT_TYPES, writeCsv, writeXlsx, type SpreadsheetKind } from './finance-spreadsheet.io.ts';
import { createSavingsModelService, type FinanceDeps } from '../savings/savings-model.service.ts';

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const satisfies readonly SpreadsheetKind[];
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportedFile {
  readonly fileName: string;
  readonly contentType: string;
  readonly bytes: Buffer;
  /** Rows of the savings model, besides the header. */
  readonly rows: number;
}

/** "Devon & Cornwall and Dorset strategic alliance" → "devon-and-cornwall-and-dorset-strategic-alliance". */
export function fileNamePart(name: string): string {
  const slug = name
    .toLowerCase()
    .replaceAll('&', ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || 'alliance';
}

export function createFinanceExportService(deps: FinanceDeps) {
  const { db, clock } = deps;
  const models = createSavingsModelService(deps);

  /**
   * The alliance's savings model as a workbook (the model and, on a second sheet, the trajectory
   * by year) or as CSV (the model alone), in the format an import reads back.
   */
  async function exportModel(allianceId: string, format: ExportFormat): Promise<ExportedFile> {
    const [model, stored] = await Promise.all([models.model(allianceId), repo.costsOf(db, allianceId)]);
    // The model shows a cost not yet combined as nothing; the export keeps it blank, as stored.
    const targetCosts = new Map<string, Pence | null>(
      stored.areaYears.map((r) => [`${r.businessAreaId}|${r.financialYear}`, r.targetCost]),
    );
    const table = savingsModelTable(model, targetCosts);
    const bytes = format === 'xlsx' ? await writeXlsx([table, byYearTable(model)]) : writeCsv(table);
    const date = londonDate(clock.now());
    return {
      fileName: `${fileNamePart(model.alliance.name)}-savings-model-${date}.${format}`,
      contentType: CONTENT_TYPES[format],
      bytes,
      rows: table.rows.length,
    };
  }

  return { exportModel };
}

export type FinanceExportService = ReturnType<typeof createFinanceExportService>;
