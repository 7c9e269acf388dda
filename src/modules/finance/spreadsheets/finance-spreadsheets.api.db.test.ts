import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoleGrant } from '../../../platform/http/access.ts';
import { createTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import { createAccountsService } from '../../accounts/accounts.service.ts';
import {
  DEMO_NOW,
  auditEventsAfter,
  financeState,
  setUpDemoFinance,
  type DemoFinance,
} from '../finance-service.testing.ts';

const CSV = 'text/csv';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADER =
  'Business area,Financial year,Force,Baseline cost,Target operating model cost,Implementation cost';

let demo: DemoFinance;
let t: TestApp;
let financeToken: string;
let viewerToken: string;

async function tokenFor(grants: readonly RoleGrant[]): Promise<string> {
  const accounts = createAccountsService({ db: demo.db, clock: t.clock, sessionIdleMinutes: 120 });
  const email = `sheets-${crypto.randomUUID().slice(0, 8)}@alliance.test`;
  const user = await accounts.createUser(demo.context('user.created'), { email, name: email, roles: grants });
  return accounts.createApiToken(demo.context('api-token.created'), user.id, 'test');
}

beforeAll(async () => {
  demo = await setUpDemoFinance();
  t = await createTestApp({ database: demo.database, now: DEMO_NOW });
  financeToken = await tokenFor([{ role: 'finance', organisationId: null }]);
  viewerToken = await tokenFor([{ role: 'viewer', organisationId: null }]);
});
afterAll(async () => {
  await t.close();
  await demo.database.close();
});

const url = (rest: string) => `/api/v1/alliances/${demo.allianceId}/finance${rest}`;

function download(format: string, token = viewerToken) {
  return t.app.inject({
    method: 'GET',
    url: url(`/export${format ? `?format=${format}` : ''}`),
    headers: { authorization: `Bearer ${token}` },
  });
}

function upload(payload: Buffer | string, contentType: string, token = financeToken, query = '') {
  return t.app.inject({
    method: 'POST',
    url: url(`/import${query}`),
    headers: { authorization: `Bearer ${token}`, 'content-type': contentType },
    payload,
  });
}

const modelFigures = async () =>
  (
    await t.app.inject({ method: 'GET', url: url(''), headers: { authorization: `Bearer ${viewerToken}` } })
  ).json().figures;

describe('exporting the savings model', () => {
  it('downloads it as CSV, as an attachment', async () => {
    const response = await download('csv');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="devon-and-cornwall-and-dorset-strategic-alliance-savings-model-2016-03-15.csv"',
    );
    expect(response.body.replace(/^\uFEFF/, '').startsWith(HEADER)).toBe(true);
  });

  it('downloads an Excel workbook unless asked for CSV', async () => {
    const response = await download('');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(XLSX);
    expect(response.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect(response.headers['content-disposition']).toMatch(/\.xlsx"$/);
  });

  it('refuses a format it does not know', async () => {
    const response = await download('pdf');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toContainEqual({
      field: 'format',
      message: 'Choose the format: xlsx or csv',
    });
  });
});

describe('importing costs', () => {
  it.each([
    ['CSV', 'csv', CSV],
    ['an Excel workbook', 'xlsx', XLSX],
  ])('reads back its own export as %s and leaves the figures as they were', async (_kind, format, type) => {
    const before = await financeState(demo.db);
    const figures = await modelFigures();
    const file = (await download(format)).rawPayload;
    const response = await upload(file, type, financeToken, `?fileName=model.${format}`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      rows: expect.any(Number),
      years: [2014, 2015, 2016, 2017, 2018, 2019],
    });
    expect(response.json().rows).toBeGreaterThan(0);
    expect(await modelFigures()).toEqual(figures);
    const events = await auditEventsAfter(demo.db, before.lastAuditSeq ?? 0);
    expect(events.map((e) => e.action)).toEqual(['finance.imported']);
    expect(events[0]?.summary).toContain(`model.${format}`);
  });

  it('changes the figures a file gives', async () => {
    const file = [HEADER, 'Legal services,2016/17,Dorset Police,"£700,000.00","1,500,000.00",0'].join('\r\n');
    const response = await upload(file, `${CSV}; charset=utf-8`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ rows: 1, areaYears: 1, baselines: 1, years: [2016] });
    const figure = (await modelFigures()).find(
      (f: { businessAreaId: string; financialYear: number }) =>
        f.businessAreaId === demo.areaId('Legal services') && f.financialYear === 2016,
    );
    expect(figure.targetCostPence).toBe(1_500_000_00);
    const dorset = figure.forces.find(
      (f: { organisationId: string }) => f.organisationId === demo.forceId('Dorset Police'),
    );
    expect(dorset.baselinePence).toBe(700_000_00);
  });

  it('imports nothing from a file with bad rows and lists every one', async () => {
    const before = await financeState(demo.db);
    const file = [
      HEADER,
      'Legal services,2016/17,Dorset Police,1000.00,2000.00,0',
      'Nowhere,2016/17,Dorset Police,1000.00,,0',
      'Legal services,2016/17,Devon & Cornwall Police,-5,,0',
      'Legal services,2016/17,Dorset Police,1000.00,2000.00,0',
    ].join('\n');
    const response = await upload(file, CSV);
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe('validation_failed');
    expect(error.details.every((d: { field: string }) => d.field === 'file')).toBe(true);
    const rows = error.details.map((d: { message: string }) => d.message.match(/^Row (\d+):/)?.[1]);
    expect(new Set(rows)).toEqual(new Set(['3', '4', '5']));
    expect(await financeState(demo.db)).toEqual(before);
  });

  it('refuses a file with a control character in any cell, naming its row and column', async () => {
    const before = await financeState(demo.db);
    const file = [
      HEADER,
      'Legal services,2016/17,Dorset\u0007 Police,1000.00,2000.00,0',
      '"Legal\tservices",2016/17,Dorset Police,1000.00,2000.00,0',
    ].join('\n');
    const response = await upload(file, CSV);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([
      {
        field: 'file',
        message:
          'Row 2: column C ("Force") contains an invisible control character: retype it without that character',
      },
      {
        field: 'file',
        message: 'Row 3: column A ("Business area") must be on one line, without tabs or line breaks',
      },
    ]);
    expect(await financeState(demo.db)).toEqual(before);
  });

  it('refuses a control character in the file name it is given', async () => {
    const file = [HEADER, 'Legal services,2016/17,Dorset Police,1.00,,0'].join('\n');
    const response = await upload(file, CSV, financeToken, '?fileName=costs%01.csv');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([{ field: 'fileName', message: expect.any(String) }]);
  });

  it.each([
    ['JSON', 'application/json', JSON.stringify({ file: 'costs.csv' })],
    ['a PDF', 'application/pdf', '%PDF-1.4'],
    ['an empty body', CSV, ''],
  ])('refuses %s in place of a file, naming the file', async (_case, type, body) => {
    const before = await financeState(demo.db);
    const response = await upload(body, type);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].field).toBe('file');
    expect(await financeState(demo.db)).toEqual(before);
  });

  it('lets only finance import, and no one without a token', async () => {
    const before = await financeState(demo.db);
    const file = [HEADER, 'Legal services,2016/17,Dorset Police,1.00,,0'].join('\n');
    expect((await upload(file, CSV, viewerToken)).statusCode).toBe(403);
    const anonymous = await t.app.inject({
      method: 'POST',
      url: url('/import'),
      headers: { 'content-type': CSV },
      payload: file,
    });
    expect(anonymous.statusCode).toBe(401);
    expect(await financeState(demo.db)).toEqual(before);
  });
});
