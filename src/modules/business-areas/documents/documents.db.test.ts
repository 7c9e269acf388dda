import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  decodeEntities,
  errorSummary,
  type TestApp,
} from '../../../platform/testing/test-app.ts';
import { apiClientFor } from '../../../platform/testing/api-client.ts';
import {
  areaAuditEvents,
  savedState,
  addTestArea,
  setUpPortfolio,
  uploaderFor,
} from '../portfolio/business-areas.testing.ts';
import { MAX_UPLOAD_BYTES } from './documents.domain.ts';
import {
  MINIMAL_PDF,
  PNG_BYTES,
  minimalCompoundFile,
  minimalDocx,
  minimalXlsx,
} from './documents.testing.ts';

type Uploader = Awaited<ReturnType<typeof uploaderFor>>;

describe('business case documents', () => {
  let t: TestApp;
  let team: Uploader;
  let areaId: string;

  const versionIds = async (): Promise<string[]> => {
    const html = (await team.get(`/business-areas/${areaId}/documents`)).body;
    return [...html.matchAll(/href="\/documents\/([0-9a-f-]{36})\/download"/g)].map(
      (match) => match[1] as string,
    );
  };

  beforeAll(async () => {
    t = await createTestApp();
    const { allianceId } = await setUpPortfolio(t);
    const deps = { db: t.database.db, clock: t.clock };
    const name = 'Major crime investigation';
    const area = await addTestArea(deps, allianceId, { name, functionGroup: 'operational' });
    areaId = area.id;
    team = await uploaderFor(t, [{ role: 'programme_team', organisationId: null }]);
  });
  afterAll(() => t.close());

  it('stores a real PDF and gives it back byte for byte, as an attachment that is not sniffed', async () => {
    const response = await team.upload(
      areaId,
      { title: 'Full business case' },
      { filename: 'fbc.pdf', content: MINIMAL_PDF },
    );
    expect(response.statusCode, errorSummary(response.body).join('; ')).toBe(303);
    const page = decodeEntities((await team.get(response.headers.location as string)).body);
    expect(page).toContain('Uploaded “Full business case”');
    expect(page).toContain('fbc.pdf');
    const [versionId] = await versionIds();
    const download = await team.get(`/documents/${versionId}/download`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(MINIMAL_PDF)).toBe(true);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="fbc.pdf"; filename*=UTF-8''fbc.pdf`,
    );
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    const events = await areaAuditEvents(t.database.db, areaId);
    expect(events.at(-1)?.summary).toBe(
      'Uploaded “Full business case” version 1 (fbc.pdf) to Major crime investigation',
    );
    expect(events.at(-1)?.action).toBe('business_area.document-uploaded');
  });

  it('makes a second upload with the same title version 2 and keeps version 1', async () => {
    const [first] = await versionIds();
    const revised = Buffer.concat([MINIMAL_PDF, Buffer.from('% revised\n')]);
    const response = await team.upload(
      areaId,
      { title: 'full business case' },
      { filename: 'fbc-v2.pdf', content: revised },
    );
    expect(response.statusCode).toBe(303);
    const html = decodeEntities((await team.get(`/business-areas/${areaId}/documents`)).body);
    expect(html).toContain('2 (latest)');
    const ids = await versionIds();
    expect(ids).toHaveLength(2);
    expect(ids[1]).toBe(first);
    expect((await team.get(`/documents/${ids[0]}/download`)).rawPayload.equals(revised)).toBe(true);
    expect((await team.get(`/documents/${first}/download`)).rawPayload.equals(MINIMAL_PDF)).toBe(true);
  });

  it('accepts Word and Excel files, new and old, with their own media types', async () => {
    const files = [
      { filename: 'options.docx', content: await minimalDocx(), type: 'wordprocessingml.document' },
      { filename: 'costs.xlsx', content: await minimalXlsx(), type: 'spreadsheetml.sheet' },
      { filename: 'old.doc', content: minimalCompoundFile('WordDocument'), type: 'application/msword' },
      { filename: 'old.xls', content: minimalCompoundFile('Workbook'), type: 'application/vnd.ms-excel' },
    ];
    for (const file of files) {
      const response = await team.upload(areaId, { title: file.filename }, file);
      expect(response.statusCode, `${file.filename}: ${errorSummary(response.body).join('; ')}`).toBe(303);
    }
    const api = await apiClientFor(t.app, t.database, t.clock, [{ role: 'viewer', organisationId: null }]);
    const listed = (await api.get(`/api/v1/business-areas/${areaId}/documents`)).json();
    const byTitle = new Map(
      listed.documents.map((d: { title: string; versions: { mediaType: string }[] }) => [
        d.title,
        d.versions,
      ]),
    );
    for (const file of files) {
      expect((byTitle.get(file.filename) as { mediaType: string }[])[0]?.mediaType).toContain(file.type);
    }
    expect((byTitle.get('Full business case') as unknown[]).length).toBe(2);
  });

  describe('refuses, says why on the page, and stores nothing', () => {
    it.each([
      ['an empty file', { filename: 'fbc.pdf', content: Buffer.alloc(0) }, 'The selected file is empty', 400],
      [
        'a .pdf that is really a PNG',
        { filename: 'fbc.pdf', content: PNG_BYTES, contentType: 'application/pdf' },
        'The selected file is called “fbc.pdf” but it is not a PDF: check you chose the right file',
        400,
      ],
      [
        'a .docx that is really a PDF',
        { filename: 'fbc.docx', content: MINIMAL_PDF },
        'The selected file is called “fbc.docx” but it is a PDF: check you chose the right file',
        400,
      ],
      [
        'a type that is not allowed',
        { filename: 'picture.png', content: PNG_BYTES },
        'The selected file must be a PDF, a Word document (.docx or .doc) or an Excel spreadsheet (.xlsx or .xls)',
        400,
      ],
    ])('%s', async (_what, file, message, status) => {
      const before = await savedState(t.database.db);
      const response = await team.upload(areaId, { title: 'Refused' }, file);
      expect(response.statusCode).toBe(status);
      expect(errorSummary(response.body)).toEqual([message]);
      expect(response.body).toContain('href="#file"');
      expect(response.body).toContain('id="file"');
      expect(response.body).toContain('value="Refused"');
      expect(await savedState(t.database.db)).toEqual(before);
    });

    it('a file over 20 MB', async () => {
      const before = await savedState(t.database.db);
      const content = Buffer.alloc(MAX_UPLOAD_BYTES + 1, 0x20);
      MINIMAL_PDF.copy(content);
      const response = await team.upload(areaId, { title: 'Too big' }, { filename: 'big.pdf', content });
      expect(response.statusCode).toBe(413);
      expect(errorSummary(response.body)).toEqual(['The selected file must be smaller than 20 MB']);
      expect(await savedState(t.database.db)).toEqual(before);
    });

    it('no file and no title', async () => {
      const before = await savedState(t.database.db);
      const response = await team.upload(areaId, { title: '' });
      expect(response.statusCode).toBe(400);
      expect(errorSummary(response.body)).toEqual(['Enter the title of the document', 'Select a file']);
      expect(await savedState(t.database.db)).toEqual(before);
    });

    it('a form sent without multipart encoding', async () => {
      const session = await t.signIn([{ role: 'programme_team', organisationId: null }]);
      const before = await savedState(t.database.db);
      const url = `/business-areas/${areaId}/documents`;
      const response = await session.submit(url, { title: 'Plain form', file: 'fbc.pdf' });
      expect(response.statusCode).toBe(400);
      expect(errorSummary(response.body)).toEqual(['Select a file']);
      expect(await savedState(t.database.db)).toEqual(before);
    });

    it('a form without its CSRF token', async () => {
      const before = await savedState(t.database.db);
      const response = await team.upload(
        areaId,
        { title: 'No token' },
        { filename: 'fbc.pdf', content: MINIMAL_PDF },
        { withToken: false },
      );
      expect(response.statusCode).toBe(403);
      expect(await savedState(t.database.db)).toEqual(before);
    });

    it('a viewer', async () => {
      const viewer = await uploaderFor(t, [{ role: 'viewer', organisationId: null }]);
      const before = await savedState(t.database.db);
      const response = await viewer.upload(
        areaId,
        { title: 'Viewer' },
        { filename: 'fbc.pdf', content: MINIMAL_PDF },
      );
      expect(response.statusCode).toBe(403);
      expect(await savedState(t.database.db)).toEqual(before);
      const page = await viewer.get(`/business-areas/${areaId}/documents`);
      expect(page.statusCode).toBe(200);
      expect(page.body).not.toContain('enctype="multipart/form-data"');
    });
  });

  it('answers 404 for unknown documents and areas', async () => {
    expect((await team.get(`/documents/${crypto.randomUUID()}/download`)).statusCode).toBe(404);
    expect((await team.get('/documents/nope/download')).statusCode).toBe(404);
    expect((await team.get(`/business-areas/${crypto.randomUUID()}/documents`)).statusCode).toBe(404);
    const upload = await team.upload(
      crypto.randomUUID(),
      { title: 'x' },
      { filename: 'a.pdf', content: MINIMAL_PDF },
    );
    expect(upload.statusCode).toBe(404);
  });
});
