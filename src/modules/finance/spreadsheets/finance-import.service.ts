import path from 'node:path';
import type { ChangeContext } from '../../../platform/context.ts';
import {
  financialYearOf,
  formatFinancialYear,
  londonDate,
  type FinancialYear,
} from '../../../platform/dates.ts';
import { ValidationError } from '../../../platform/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { createBusinessAreasService } from '../../business-areas/index.ts';
import * as repo from '../finance.repo.ts';
import {
  checkCostRows,
  listedProblems,
  MAX_IMPORT_ROWS,
  type CostImport,
} from './finance-spreadsheet.domain.ts';
import { readSpreadsheet } from './finance-spreadsheet.io.ts';
import type { FinanceDeps } from '../savings/savings-model.service.ts';

/** Far more than 200,000 rows take, even as CSV; a larger upload is not a costs file. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;
const MAX_FILE_NAME = 200;
/** Rows written per step of the save, so progress can be shown. */
const SAVE_STEP = 10_000;

export type ImportStage = 'reading' | 'checking' | 'saving';

export interface ImportOptions {
  /** Bytes read, then rows checked, then rows saved, each out of its total. */
  readonly onProgress?: (done: number, total: number, stage: ImportStage) => void;
  /** List every problem of a refused file, not only the first MAX_LISTED_PROBLEMS (the CLI does). */
  readonly allProblems?: boolean;
}

export interface ImportSummary {
  readonly rows: number;
  readonly areaYears: number;
  readonly baselines: number;
  readonly years: readonly FinancialYear[];
}

function refuse(problems: readonly string[], fileName: string, options: ImportOptions = {}): never {
  const count = problems.length;
  const message =
    count === 1
      ? `${fileName} was not imported: ${problems[0]}`
      : `${fileName} was not imported: it has ${count.toLocaleString('en-GB')} problems`;
  throw new ValidationError(
    (options.allProblems ? problems : listedProblems(problems)).map((text) => ({
      field: 'file',
      message: text,
    })),
    message,
  );
}

/** The name to show: the file's own name without any folders, and not endlessly long. */
export function displayName(fileName: string): string {
  const name = path.basename(fileName.replaceAll('\\', '/')).trim() || 'the file';
  return name.length > MAX_FILE_NAME ? `${name.slice(0, MAX_FILE_NAME)}…` : name;
}

export function createFinanceImportService(deps: FinanceDeps) {
  const { db, clock } = deps;
  const businessAreas = createBusinessAreasService(deps);

  async function save(
    context: ChangeContext,
    tx: typeof db,
    allianceId: string,
    costs: CostImport,
    fileName: string,
    options: ImportOptions,
  ): Promise<ImportSummary> {
    const total = costs.areaYears.length + costs.baselines.length;
    let done = 0;
    for (let i = 0; i < costs.areaYears.length; i += SAVE_STEP) {
      const step = costs.areaYears.slice(i, i + SAVE_STEP);
      await repo.upsertCosts(tx, step, []);
      options.onProgress?.((done += step.length), total, 'saving');
    }
    for (let i = 0; i < costs.baselines.length; i += SAVE_STEP) {
      const step = costs.baselines.slice(i, i + SAVE_STEP);
      await repo.upsertCosts(tx, [], step);
      options.onProgress?.((done += step.length), total, 'saving');
    }
    const summary = {
      rows: costs.rows,
      areaYears: costs.areaYears.length,
      baselines: costs.baselines.length,
      years: costs.years,
    };
    const rows = `${costs.rows.toLocaleString('en-GB')} row${costs.rows === 1 ? '' : 's'}`;
    await recordAudit(tx, context, {
      entityType: 'alliance',
      entityId: allianceId,
      summary: `Imported ${rows} of costs from ${fileName}`,
      after: { ...summary, fileName, years: costs.years.map(formatFinancialYear) },
    });
    return summary;
  }

  /**
   * Imports baselines and combined costs from a workbook or CSV file. Every row is checked first;
   * with any problem nothing is saved and every problem is listed, row by row. Otherwise all of it
   * is saved in one transaction with one audit event.
   */
  async function importFile(
    context: ChangeContext,
    allianceId: string,
    file: { readonly fileName: string; readonly bytes: Buffer },
    options: ImportOptions = {},
  ): Promise<ImportSummary> {
    const fileName = displayName(file.fileName);
    if (file.bytes.length > MAX_IMPORT_BYTES) {
      refuse(
        [`The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB: split it into smaller files`],
        fileName,
      );
    }
    const read = await readSpreadsheet(file, {
      maxRows: MAX_IMPORT_ROWS,
      onProgress: (done, total) => options.onProgress?.(done, total, 'reading'),
    });
    if (!read.ok) refuse([read.problem], fileName);
    return db.transaction(async (tx) => {
      const alliance = await businessAreas.alliance(allianceId);
      const areas = await repo.areasOf(tx, allianceId);
      const forces = alliance.memberForces.map((f) => ({ id: f.organisationId, name: f.name }));
      const currentYear = financialYearOf(londonDate(clock.now()));
      const checked = checkCostRows(
        read.rows,
        { areas, forces, currentYear },
        {
          tooManyRows: read.tooManyRows,
          onChecked: (done, total) => options.onProgress?.(done, total, 'checking'),
        },
      );
      if (!checked.ok) refuse(checked.problems, fileName, options);
      return save(context, tx, allianceId, checked.value, fileName, options);
    });
  }

  return { importFile };
}

export type FinanceImportService = ReturnType<typeof createFinanceImportService>;
