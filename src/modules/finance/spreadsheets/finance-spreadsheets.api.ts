import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../../platform/module.ts';
import { ValidationError } from '../../../platform/errors.ts';
import { requireUuid, standardErrorResponses } from '../../../platform/http/api.ts';
import { changeContext } from '../../../platform/http/change-context.ts';
import { importResultSchema } from '../finance-api.schemas.ts';
import { ALLIANCES, tags } from '../finance-api.support.ts';
import { EXPORT_FORMATS, createFinanceExportService } from './finance-export.service.ts';
import { MAX_IMPORT_BYTES, createFinanceImportService } from './finance-import.service.ts';
import { CONTENT_TYPES } from './finance-spreadsheet.io.ts';
import { ALLIANCE_FINANCE, CHANGE_FINANCE } from '../finance.access.ts';
import { idParams } from '../finance.schemas.ts';

const CSV = 'text/csv';
const XLSX = CONTENT_TYPES.xlsx;
const FILE_NAME_MAX = 200;

const exportQuery = z.object({
  format: z
    .enum(EXPORT_FORMATS, { error: 'Choose the format: xlsx or csv' })
    .default('xlsx')
    .meta({ description: 'xlsx (real numbers with £ formats, and the trajectory on a second sheet) or csv' }),
});

const importQuery = z.object({
  fileName: z
    .string()
    .max(FILE_NAME_MAX, `The file name must be ${FILE_NAME_MAX} characters or fewer`)
    .optional()
    .meta({ description: 'The file’s name, shown in the audit trail and in any problem reported' }),
});

/** The file's bytes, read by the parser below: described for the document, not parsed as JSON. */
const fileBody = z
  .any()
  .meta({ type: 'string', format: 'binary', description: 'The .csv or .xlsx file itself' });

const fileResponse = {
  description: 'The savings model per area, force and year, with the basis version of each figure',
  content: {
    [XLSX]: { schema: z.string().meta({ format: 'binary' }) },
    [CSV]: { schema: z.string() },
  },
};

/** A file is sent as it is: the response schemas describe JSON, and the file is not JSON. */
function sendFile(reply: FastifyReply, file: { fileName: string; contentType: string; bytes: Buffer }) {
  return reply
    .type(file.contentType)
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .send(file.bytes);
}

const MEGABYTES = MAX_IMPORT_BYTES / 1024 / 1024;

/** Export of the savings model, and import of baselines and combined costs from a file. */
export function registerFinanceSpreadsheetsApi(app: FastifyInstance, deps: ModuleDeps): void {
  const exporter = createFinanceExportService(deps);
  const importer = createFinanceImportService(deps);

  app.withTypeProvider<ZodTypeProvider>().get(`${ALLIANCES}/:id/finance/export`, {
    config: { access: 'signed-in' },
    schema: {
      tags,
      operationId: 'exportSavingsModel',
      summary: 'Download the savings model as an Excel workbook or CSV',
      description:
        'Amounts are pounds with pence, as a person reads them; the import reads the same columns.',
      params: idParams,
      querystring: exportQuery,
      response: { 200: fileResponse, ...standardErrorResponses },
    },
    handler: async (request, reply) => {
      const file = await exporter.exportModel(
        requireUuid(request.params.id, 'alliance'),
        request.query.format,
      );
      return sendFile(reply, file);
    },
  });

  // The file is the body itself. In its own scope every body that is not JSON arrives as bytes, up
  // to the size an upload on the page may be, so a wrong content type gets a message about the file.
  void app.register(async (scope) => {
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_IMPORT_BYTES }, (_r, body, done) =>
      done(null, body),
    );
    scope.withTypeProvider<ZodTypeProvider>().post(`${ALLIANCES}/:id/finance/import`, {
      config: { access: CHANGE_FINANCE, scope: ALLIANCE_FINANCE, audit: 'finance.imported' },
      schema: {
        tags,
        operationId: 'importFinanceSpreadsheet',
        summary: 'Import baselines and combined costs from an Excel workbook or CSV file',
        description:
          `Send the file as the body, with Content-Type ${CSV} or ${XLSX} (at most ${MEGABYTES} MB). ` +
          'Areas and forces are matched by name. Every row is checked first: with any problem nothing ' +
          'is imported and each problem is listed (`{"field": "file", "message": "Row 7: …"}`).',
        consumes: [CSV, XLSX],
        body: fileBody,
        params: idParams,
        querystring: importQuery,
        response: { 200: importResultSchema, ...standardErrorResponses },
      },
      handler: async (request) => {
        const id = requireUuid(request.params.id, 'alliance');
        const type = request.headers['content-type'] ?? '';
        const isCsv = type.startsWith(CSV);
        if (
          !Buffer.isBuffer(request.body) ||
          request.body.length === 0 ||
          !(isCsv || type.startsWith(XLSX))
        ) {
          throw new ValidationError([
            { field: 'file', message: `Send the file as the body, with Content-Type ${CSV} or ${XLSX}` },
          ]);
        }
        const fileName = request.query.fileName?.trim() || (isCsv ? 'import.csv' : 'import.xlsx');
        const bytes = request.body;
        const summary = await importer.importFile(changeContext(request, deps.clock), id, {
          fileName,
          bytes,
        });
        return { ...summary, years: [...summary.years] };
      },
    });
  });
}
