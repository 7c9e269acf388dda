import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyMultipart from '@fastify/multipart';
import type { ModuleDeps } from '../../../platform/module.ts';
import { formatFinancialYear } from '../../../platform/dates.ts';
import { NotFoundError, ValidationError, type FieldError } from '../../../platform/errors.ts';
import { requireUuid } from '../../../platform/http/api.ts';
import { changeContext } from '../../../platform/http/change-context.ts';
import { checkMultipartText } from '../../../platform/http/text-check.ts';
import { contentDisposition } from '../../../platform/http/content-disposition.ts';
import { financeCrumbs, pageErrors } from '../cost-sharing/cost-sharing.views.ts';
import { ALLIANCE_FINANCE, CHANGE_FINANCE } from '../finance.access.ts';
import { EXPORT_FORMATS, createFinanceExportService, type ExportFormat } from './finance-export.service.ts';
import {
  MAX_IMPORT_BYTES,
  createFinanceImportService,
  type ImportSummary,
} from './finance-import.service.ts';
import { COLUMNS, IMPORTED_COLUMNS } from './finance-spreadsheet.domain.ts';
import { createSavingsModelService } from '../savings/savings-model.service.ts';

type WithId = { Params: { id: string } };

/** What each column an import reads holds, in the words of the page that explains them. */
const COLUMN_MEANINGS: Record<(typeof IMPORTED_COLUMNS)[number], string> = {
  businessArea: 'The name of one of the alliance’s business areas, as the portfolio shows it',
  financialYear: 'The financial year, like 2016/17',
  force: 'The name of one of the alliance’s police forces',
  baseline: 'What that force would spend on the function that year without the alliance, like £1,234,567.89',
  targetCost:
    'What the combined team costs to run that year, the same on each force’s row; blank while the area is not yet combined',
  implementationCost:
    'One-off costs of combining the area that year, the same on each force’s row; blank for none',
};
type ImportedQuery = { rows?: string; areaYears?: string; baselines?: string; from?: string; to?: string };

/** One file and the CSRF token; nothing else is read. */
const UPLOAD_LIMITS = { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 3, fieldSize: 4096, parts: 4 };
const LIMIT_ERRORS = new Set(['FST_PARTS_LIMIT', 'FST_FILES_LIMIT', 'FST_FIELDS_LIMIT']);

interface Upload {
  readonly fileName: string;
  readonly bytes: Buffer;
  readonly tooLarge: boolean;
}

/** Reads the whole request, so the connection is left clean even when the file is refused. */
async function receive(request: FastifyRequest): Promise<Upload | undefined> {
  let upload: Upload | undefined;
  for await (const part of request.parts()) {
    if (part.type === 'field') continue;
    const chunks: Buffer[] = [];
    for await (const chunk of part.file as AsyncIterable<Buffer>) chunks.push(chunk);
    const fileName = (part.filename ?? '').slice(0, 500);
    if (fileName) upload = { fileName, bytes: Buffer.concat(chunks), tooLarge: part.file.truncated };
  }
  return upload;
}

/** "Row 7: …" or "Rows 2 and 3: …" as the rows and the problem, for the table of problems. */
export function problemRows(details: readonly FieldError[]) {
  return details.map(({ message }) => {
    const match = /^Rows? ([\d,]+(?:(?:, | and )[\d,]+)*): (.*)$/s.exec(message);
    return match ? { row: match[1] ?? '', problem: match[2] ?? '' } : { row: '', problem: message };
  });
}

/** Every problem of the file, counting those past the listed ones ("…and 12 more problems"). */
export function problemCount(details: readonly FieldError[]): number {
  const last = details.at(-1)?.message ?? '';
  const more = /^…and ([\d,]+) more problems?$/.exec(last);
  return more ? details.length - 1 + Number(more[1]?.replaceAll(',', '')) : details.length;
}

function countOf(text: string | undefined): number | undefined {
  return text !== undefined && /^\d{1,9}$/.test(text) ? Number(text) : undefined;
}

/** The counts of an import, carried in the address it redirects to. */
function importedQuery(summary: ImportSummary): string {
  const years =
    summary.years.length > 0 ? { from: Math.min(...summary.years), to: Math.max(...summary.years) } : {};
  const counts = { rows: summary.rows, areaYears: summary.areaYears, baselines: summary.baselines, ...years };
  return new URLSearchParams(
    Object.entries(counts).map(([key, value]): [string, string] => [key, String(value)]),
  ).toString();
}

/** The counts after an import, read back from the address it redirected to. */
function importedBanner(query: ImportedQuery): string | undefined {
  const [rows, areaYears, baselines, from, to] = [
    countOf(query.rows),
    countOf(query.areaYears),
    countOf(query.baselines),
    countOf(query.from),
    countOf(query.to),
  ];
  if (rows === undefined || areaYears === undefined || baselines === undefined) return undefined;
  const plural = (n: number, word: string) => `${n.toLocaleString('en-GB')} ${word}${n === 1 ? '' : 's'}`;
  const years =
    from !== undefined && to !== undefined && from >= 2000 && to >= from && to < 2200
      ? `, for ${from === to ? formatFinancialYear(from) : `${formatFinancialYear(from)} to ${formatFinancialYear(to)}`}`
      : '';
  return `Imported ${plural(rows, 'row')}: ${plural(areaYears, 'business area cost')} and ${plural(baselines, 'baseline')}${years}`;
}

export function registerSpreadsheetPages(app: FastifyInstance, deps: ModuleDeps): void {
  const imports = createFinanceImportService(deps);
  const exports = createFinanceExportService(deps);
  const models = createSavingsModelService(deps);
  const allianceId = (request: FastifyRequest<WithId>) => requireUuid(request.params.id, 'alliance');

  async function renderImport(
    reply: FastifyReply,
    id: string,
    options: { imported?: string; refused?: readonly FieldError[]; problem?: string } = {},
    status = 200,
  ) {
    const alliance = await models.header(id);
    const { refused } = options;
    const count = refused ? problemCount(refused) : 0;
    const summary = refused
      ? `The file has ${count.toLocaleString('en-GB')} problem${count === 1 ? '' : 's'} and nothing was imported`
      : options.problem;
    return reply.render(
      'finance/views/finance-import.njk',
      {
        pageTitle: 'Import costs from a spreadsheet',
        alliance,
        columns: IMPORTED_COLUMNS.map((key) => ({ header: COLUMNS[key], meaning: COLUMN_MEANINGS[key] })),
        imported: options.imported,
        problems: refused && problemRows(refused),
        maxSize: `${MAX_IMPORT_BYTES / 1024 / 1024} MB`,
        errors: summary ? pageErrors([{ field: 'file', message: summary }]) : undefined,
        breadcrumbs: financeCrumbs(alliance),
      },
      status,
    );
  }

  app.get<WithId & { Querystring: ImportedQuery }>(
    '/alliances/:id/finance/import',
    { config: { access: CHANGE_FINANCE, scope: ALLIANCE_FINANCE } },
    async (request, reply) =>
      renderImport(reply, allianceId(request), { imported: importedBanner(request.query) }),
  );

  app.get<WithId & { Querystring: { format?: string } }>(
    '/alliances/:id/finance/export',
    { config: { access: 'signed-in' } },
    async (request, reply) => {
      const format = (request.query.format ?? 'xlsx') as ExportFormat;
      if (!EXPORT_FORMATS.includes(format)) throw new NotFoundError('There is no download in that format');
      const file = await exports.exportModel(allianceId(request), format);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', contentDisposition(file.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(file.bytes);
    },
  );

  // Multipart is parsed only here and for documents: everywhere else a form is URL-encoded and small.
  void app.register(async (scope) => {
    await scope.register(fastifyMultipart, { limits: UPLOAD_LIMITS, throwFileSizeLimit: false });
    scope.post<WithId>(
      '/alliances/:id/finance/import',
      { config: { access: CHANGE_FINANCE, scope: ALLIANCE_FINANCE, audit: 'finance.imported' } },
      async (request, reply) => {
        const id = allianceId(request);
        const problem = (message: string, status = 400) =>
          renderImport(reply, id, { problem: message }, status);
        if (!request.isMultipart()) return problem('Select a .xlsx or .csv file to import');
        let upload: Upload | undefined;
        try {
          upload = await receive(request);
        } catch (error) {
          if (!LIMIT_ERRORS.has((error as { code?: string }).code ?? '')) throw error;
          return problem('Select one file at a time');
        }
        if (!upload) return problem('Select a .xlsx or .csv file to import');
        const name = checkMultipartText(request, { file: upload.fileName }, { file: 'the name of the file' });
        if (name.errors[0]) return problem(name.errors[0].message);
        if (upload.tooLarge)
          return problem(`The file must be smaller than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`, 413);
        try {
          const file = { ...upload, fileName: name.values.file ?? upload.fileName };
          const summary = await imports.importFile(changeContext(request, deps.clock), id, file);
          return reply.redirect(`/alliances/${id}/finance/import?${importedQuery(summary)}`, 303);
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error;
          return renderImport(reply, id, { refused: error.details }, 400);
        }
      },
    );
  });
}
