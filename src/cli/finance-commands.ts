import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Db } from '../platform/db/database.ts';
import { formatFinancialYear } from '../platform/dates.ts';
import { ValidationError } from '../platform/errors.ts';
import type { AllianceSummary } from '../modules/alliances/alliances.domain.ts';
import { createAlliancesService } from '../modules/alliances/alliances.service.ts';
import {
  createFinanceExportService,
  EXPORT_FORMATS,
  type ExportFormat,
} from '../modules/finance/spreadsheets/finance-export.service.ts';
import {
  createFinanceImportService,
  displayName,
  type ImportStage,
  type ImportSummary,
} from '../modules/finance/spreadsheets/finance-import.service.ts';
import { UsageError, cliContext, parseOptions, requireOption, withDatabase, type CliIo } from './support.ts';

const MAX_NAME = 200;
const count = (n: number) => n.toLocaleString('en-GB');

/** The alliance a person names by its name or short name, in any case. */
export async function findAlliance(db: Db, io: CliIo, name: string): Promise<AllianceSummary> {
  const wanted = name.trim().toLowerCase();
  const alliances = await createAlliancesService({ db, clock: io.clock }).list();
  const found =
    alliances.find((a) => a.name.toLowerCase() === wanted) ??
    alliances.find((a) => a.shortName.toLowerCase() === wanted);
  if (!found) throw new UsageError(`no alliance is called "${name.slice(0, 100)}"`);
  return found;
}

function allianceOption(values: Record<string, unknown>): string {
  const name = requireOption(values, 'alliance');
  if (name.length > MAX_NAME) throw new UsageError(`--alliance must be ${MAX_NAME} characters or fewer`);
  return name;
}

const STAGE_LABELS: Record<ImportStage, string> = {
  reading: 'Reading the file',
  checking: 'Checking rows',
  saving: 'Saving',
};
const BAR_WIDTH = 20;

function size(done: number, total: number): string {
  const [unit, scale] = total >= 1024 * 1024 ? ['MB', 1024 * 1024] : ['KB', 1024];
  const shown = (bytes: number) => (bytes / scale).toFixed(1);
  return `${shown(done)} of ${shown(total)} ${unit}`;
}

/** "Checking rows [##########..........] 52% 26,000 of 50,000" */
export function progressLine(stage: ImportStage, done: number, total: number): string {
  const fraction = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.floor(fraction * BAR_WIDTH);
  const bar = `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}]`;
  const amounts = {
    reading: size(done, total),
    checking: `${count(done)} of ${count(total)}`,
    saving: `${count(done)} of ${count(total)} records`,
  }[stage];
  return `${STAGE_LABELS[stage]} ${bar} ${Math.floor(fraction * 100)}% ${amounts}`;
}

function progressBar(io: CliIo) {
  const status = io.status;
  if (!status) return undefined;
  let shown = '';
  return (done: number, total: number, stage: ImportStage) => {
    const line = progressLine(stage, done, total);
    if (line !== shown) status((shown = line));
  };
}

function importedLine(summary: ImportSummary, fileName: string, alliance: AllianceSummary): string {
  const first = summary.years[0];
  const last = summary.years.at(-1);
  const years =
    first === undefined || last === undefined
      ? ''
      : first === last
        ? ` in ${formatFinancialYear(first)}`
        : ` from ${formatFinancialYear(first)} to ${formatFinancialYear(last)}`;
  return (
    `Imported ${count(summary.rows)} rows from ${fileName} into ${alliance.name}: ` +
    `${count(summary.areaYears)} business area years and ${count(summary.baselines)} force baselines${years}`
  );
}

/** Imports a file already read; refused files print every problem, one a line, and give 1. */
export async function importFinance(
  db: Db,
  io: CliIo,
  request: { allianceName: string; fileName: string; bytes: Buffer },
): Promise<number> {
  const alliance = await findAlliance(db, io, request.allianceName);
  const service = createFinanceImportService({ db, clock: io.clock });
  const onProgress = progressBar(io);
  try {
    const summary = await service.importFile(
      cliContext(io, 'finance.imported'),
      alliance.id,
      { fileName: request.fileName, bytes: request.bytes },
      { onProgress, allProblems: true },
    );
    io.status?.(null);
    io.out(importedLine(summary, displayName(request.fileName), alliance));
    return 0;
  } catch (error) {
    io.status?.(null);
    if (!(error instanceof ValidationError)) throw error;
    io.err(`alliance import: ${error.message}; nothing was imported`);
    for (const problem of error.details) io.err(`  ${problem.message}`);
    return 1;
  }
}

function parseImportArguments(args: string[]) {
  try {
    return parseArgs({
      args,
      options: { alliance: { type: 'string' } },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function importArguments(args: string[]): { file: string; allianceName: string } {
  const { values, positionals } = parseImportArguments(args);
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError('give one file: import finance FILE --alliance NAME');
  return { file, allianceName: allianceOption(values) };
}

export async function importCommand(args: string[], io: CliIo): Promise<number> {
  const [what, ...rest] = args;
  if (what !== 'finance') throw new UsageError('say what to import: import finance FILE --alliance NAME');
  const { file, allianceName } = importArguments(rest);
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    const reason = error.code === 'ENOENT' ? 'there is no such file' : (error.code ?? 'unreadable');
    throw new UsageError(`cannot read "${file.slice(0, 200)}": ${reason}`);
  });
  return withDatabase(io, ({ db }) => importFinance(db, io, { allianceName, fileName: file, bytes }));
}

/** Writes the export to `output`, or to the service's own file name in the current folder. */
export async function exportFinance(
  db: Db,
  io: CliIo,
  request: { allianceName: string; format: ExportFormat; output?: string | undefined },
): Promise<number> {
  const alliance = await findAlliance(db, io, request.allianceName);
  const file = await createFinanceExportService({ db, clock: io.clock }).exportModel(
    alliance.id,
    request.format,
  );
  const output = path.resolve(request.output ?? file.fileName);
  try {
    await writeFile(output, file.bytes);
  } catch (error) {
    io.err(`alliance export: cannot write ${output}: ${(error as NodeJS.ErrnoException).code ?? 'failed'}`);
    return 1;
  }
  io.out(`Wrote the savings model of ${alliance.name}, ${count(file.rows)} rows, to ${output}`);
  return 0;
}

export async function exportCommand(args: string[], io: CliIo): Promise<number> {
  const [what, ...rest] = args;
  if (what !== 'finance')
    throw new UsageError('say what to export: export finance --alliance NAME --format xlsx|csv');
  const values = parseOptions(rest, {
    alliance: { type: 'string' },
    format: { type: 'string' },
    output: { type: 'string' },
  });
  const allianceName = allianceOption(values);
  const format = requireOption(values, 'format').toLowerCase();
  if (!(EXPORT_FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--format must be xlsx or csv, not "${format.slice(0, 20)}"`);
  const output = typeof values.output === 'string' && values.output.trim() !== '' ? values.output : undefined;
  return withDatabase(io, ({ db }) =>
    exportFinance(db, io, { allianceName, format: format as ExportFormat, output }),
  );
}
