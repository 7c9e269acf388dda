import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyMultipart from '@fastify/multipart';
import type { z } from 'zod';
import { ConflictError, type FieldError } from '../../../platform/errors.ts';
import { requireUuid } from '../../../platform/http/api.ts';
import { changeContext } from '../../../platform/http/change-context.ts';
import { formErrors } from '../../../platform/http/forms.ts';
import { checkMultipartText } from '../../../platform/http/text-check.ts';
import { requiredText } from '../../../platform/validation.ts';
import { routeConfig, runUseCase } from '../../../platform/usecase/use-case.ts';
import { canChangePortfolio } from '../portfolio/business-areas.access.ts';
import type { BusinessArea } from '../portfolio/business-areas.domain.ts';
import type { PortfolioDeps } from '../portfolio/portfolio.deps.ts';
import {
  MAX_UPLOAD_BYTES,
  TITLE_MAX,
  checkUpload,
  contentDisposition,
  formatFileSize,
  type ReceivedFile,
} from './documents.domain.ts';
import type { CaseDocument } from './documents.repo.ts';
import type { DocumentsService } from './documents.service.ts';
import { uploadDocument } from './use-cases/upload-document.ts';

type WithId = { Params: { id: string } };

const titleField = requiredText('the title of the document', TITLE_MAX);

/** Room for the title, the CSRF token and a stray field or two; never more than one file. */
const UPLOAD_LIMITS = { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5, fieldSize: 4096, parts: 6 };
const LIMIT_ERRORS = new Set(['FST_PARTS_LIMIT', 'FST_FILES_LIMIT', 'FST_FIELDS_LIMIT']);

interface ReceivedForm {
  readonly fields: Record<string, string>;
  readonly file: ReceivedFile | undefined;
  /** Control characters or lone surrogates in the title or the file's name. */
  readonly textErrors: readonly FieldError[];
}

/**
 * Reads the whole request, so the connection is left clean even when the file is refused: past
 * the size limit the bytes are counted and dropped, never held.
 */
async function receive(request: FastifyRequest): Promise<ReceivedForm> {
  const fields: Record<string, string> = {};
  let file: ReceivedFile | undefined;
  for await (const part of request.parts()) {
    if (part.type === 'field') {
      fields[part.fieldname] = String(part.value).slice(0, TITLE_MAX * 2);
      continue;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of part.file as AsyncIterable<Buffer>) {
      size += chunk.length;
      chunks.push(chunk);
    }
    const bytes = Buffer.concat(chunks);
    file = { filename: part.filename ?? '', size, tooLarge: part.file.truncated, bytes };
  }
  const text = checkMultipartText(
    request,
    { title: fields.title ?? '', file: file?.filename ?? '' },
    { file: 'the name of the selected file' },
  );
  const filename = text.values.file ?? '';
  return {
    fields: { ...fields, title: text.values.title ?? '' },
    file: file && { ...file, filename },
    textErrors: text.errors,
  };
}

function documentRows(documents: readonly CaseDocument[]) {
  return documents.map((document) => ({
    ...document,
    versions: document.versions.map((version) => ({
      ...version,
      size: formatFileSize(version.sizeBytes),
      href: `/documents/${version.id}/download`,
    })),
  }));
}

type Refusal = { readonly title?: string; readonly errors: FieldError[]; readonly status: number };
type Read =
  | { ok: true; upload: Omit<z.input<typeof uploadDocument.input>, 'areaId'> }
  | { ok: false; refusal: Refusal };

/** The upload form as posted: a file that can be stored and a title, or what is wrong with them. */
async function readUpload(request: FastifyRequest): Promise<Read> {
  const refuse = (refusal: Refusal): Read => ({ ok: false, refusal });
  if (!request.isMultipart())
    return refuse({ errors: [{ field: 'file', message: 'Select a file' }], status: 400 });
  let received: ReceivedForm;
  try {
    received = await receive(request);
  } catch (error) {
    if (!LIMIT_ERRORS.has((error as { code?: string }).code ?? '')) throw error;
    return refuse({ errors: [{ field: 'file', message: 'Select one file at a time' }], status: 400 });
  }
  if (received.textErrors.length > 0) return refuse({ errors: [...received.textErrors], status: 400 });
  const title = titleField.safeParse(received.fields.title ?? '');
  const check = checkUpload(received.file);
  const typedTitle = (received.fields.title ?? '').slice(0, TITLE_MAX * 2);
  if (!title.success || !check.ok || !received.file) {
    const errors: FieldError[] = [
      ...(title.success ? [] : [{ field: 'title', message: title.error.issues[0]?.message ?? '' }]),
      ...(check.ok ? [] : [{ field: 'file', message: check.message }]),
    ];
    return refuse({ title: typedTitle, errors, status: received.file?.tooLarge ? 413 : 400 });
  }
  const { filename, mediaType } = check;
  return {
    ok: true,
    upload: { title: title.data, filename, mediaType, content: Buffer.from(received.file.bytes) },
  };
}

async function renderList(
  documents: DocumentsService,
  request: FastifyRequest,
  reply: FastifyReply,
  area: BusinessArea,
  options: { title?: string; errors?: readonly FieldError[]; uploaded?: string; status?: number } = {},
) {
  const { documents: list } = await documents.list(area.id);
  return reply.render(
    'business-areas/views/documents-list.njk',
    {
      pageTitle: `Documents: ${area.name}`,
      area,
      documents: documentRows(list),
      values: { title: options.title ?? '' },
      canChange: await canChangePortfolio(request, 'businessArea', area.id),
      maxSize: formatFileSize(MAX_UPLOAD_BYTES),
      uploaded: options.uploaded,
      errors: options.errors && formErrors(options.errors),
      backLink: { href: `/business-areas/${area.id}` },
    },
    options.status ?? 200,
  );
}

/** Multipart is parsed only here: everywhere else a form is URL-encoded and small. */
function registerUpload(app: FastifyInstance, deps: PortfolioDeps): void {
  const { documents } = deps;
  void app.register(async (scope) => {
    await scope.register(fastifyMultipart, { limits: UPLOAD_LIMITS, throwFileSizeLimit: false });
    scope.post<WithId>(
      '/business-areas/:id/documents',
      // A multipart form: read here, then run as every other change is run.
      { config: routeConfig(uploadDocument) },
      async (request, reply) => {
        const { area } = await documents.list(requireUuid(request.params.id, 'business area'));
        const read = await readUpload(request);
        if (!read.ok) return renderList(documents, request, reply, area, read.refusal);
        const { upload } = read;
        try {
          await runUseCase(
            uploadDocument,
            { ...upload, areaId: area.id },
            deps,
            changeContext(request, deps.clock),
          );
        } catch (error) {
          if (!(error instanceof ConflictError)) throw error;
          const errors = [{ field: 'file', message: error.message }];
          return renderList(documents, request, reply, area, { title: upload.title, errors, status: 409 });
        }
        const uploaded = encodeURIComponent(upload.title);
        return reply.redirect(`/business-areas/${area.id}/documents?uploaded=${uploaded}`, 303);
      },
    );
  });
}

export function registerDocumentPages(app: FastifyInstance, deps: PortfolioDeps): void {
  const { documents } = deps;

  app.get<WithId & { Querystring: { uploaded?: string } }>(
    '/business-areas/:id/documents',
    { config: { access: 'signed-in' } },
    async (request, reply) => {
      const { area } = await documents.list(requireUuid(request.params.id, 'business area'));
      const uploaded = request.query.uploaded?.slice(0, TITLE_MAX);
      return renderList(documents, request, reply, area, uploaded ? { uploaded } : {});
    },
  );

  app.get<{ Params: { versionId: string } }>(
    '/documents/:versionId/download',
    { config: { access: 'signed-in' } },
    async (request, reply) => {
      const file = await documents.file(requireUuid(request.params.versionId, 'document'));
      return reply
        .header('content-type', file.mediaType)
        .header('content-disposition', contentDisposition(file.filename))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(file.content);
    },
  );

  registerUpload(app, deps);
}
