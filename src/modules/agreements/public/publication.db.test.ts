import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import { agreementFixture } from '../agreements.testing.ts';
import { createAgreement } from '../use-cases/create-agreement.ts';
import { signAgreement } from '../use-cases/sign-agreement.ts';

/** Text only the sensitive agreement holds: none of it may reach a public page or file. */
const SECRETS = {
  functions: 'Covert surveillance unit SECRET-FUNCTIONS',
  insuranceAndLiabilities: 'SECRET-INSURANCE',
  disputeResolution: 'SECRET-DISPUTES',
};
const DELEGATE = 'Dana Delegate';

describe('publication: public pages and open data', () => {
  let t: TestApp;
  let sensitiveId: string;
  let openId: string;
  let draftId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const f = await agreementFixture(t.database.db, t.clock);
    async function signedBy(input: ReturnType<typeof f.input>) {
      let agreement = await f.run(createAgreement, input);
      for (const [index, signature] of f.signatures('2015-03-20').entries()) {
        const delegate =
          index === 0
            ? {
                signedAs: 'delegate' as const,
                signatoryName: DELEGATE,
                delegateRole: 'Deputy chief constable',
              }
            : {};
        const ref = { agreementId: agreement.id, version: agreement.version };
        agreement = await f.run(signAgreement, { ...ref, signature: { ...signature, ...delegate } });
      }
      return agreement.id;
    }
    sensitiveId = await signedBy(
      f.input({
        title: 'Specialist operations',
        objective: 'Joint specialist capability',
        operationallySensitive: true,
        ...SECRETS,
      }),
    );
    openId = await signedBy(f.input({ title: 'Alliance ICT', objective: 'One ICT service' }));
    draftId = (await f.run(createAgreement, f.input({ title: 'Draft only DRAFT-TITLE' }))).id;
  });
  afterAll(() => t.close());

  it('lists agreements in force, the sensitive one by title and objective', async () => {
    const page = await t.anonymous().get('/published/agreements');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Specialist operations');
    expect(page.body).toContain('Alliance ICT');
    expect(page.body).not.toContain('DRAFT-TITLE');
    const shown = await t.anonymous().get(`/published/agreements/${openId}`);
    expect(shown.body).toContain('Each force insures its own');
    expect(shown.body).toContain('A delegate');
    expect((await t.anonymous().get(`/published/agreements/${draftId}`)).statusCode).toBe(404);
  });

  it('gives the open data as CSV, JSON and a data dictionary', async () => {
    const csv = await t.anonymous().get('/open-data/agreements.csv');
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.trim().split('\r\n');
    expect(lines).toHaveLength(3);
    const json = (await t.anonymous().get('/open-data/agreements.json')).json() as {
      agreements: { title: string; details: unknown }[];
    };
    expect(json.agreements.find((a) => a.title === 'Specialist operations')?.details).toBeNull();
    const metadata = (await t.anonymous().get('/open-data/agreements.csv-metadata.json')).json() as {
      tableSchema: { columns: { name: string }[] };
    };
    expect(metadata.tableSchema.columns.map((c) => c.name)).toEqual(
      lines[0]?.replace('\uFEFF', '').split(','),
    );
  });

  it('shows no sensitive field and no person on any public route', async () => {
    const publicGets = t.app.routeDeclarations.filter(
      (r) => r.access === 'public' && r.method === 'GET' && !r.url.includes('*'),
    );
    expect(publicGets.length).toBeGreaterThan(3);
    const forbidden = [
      ...Object.values(SECRETS),
      DELEGATE,
      'Deputy chief constable',
      ...['Shaun Sawyer', 'Debbie Simpson', 'Tony Hogg', 'Martyn Underhill'],
    ];
    for (const route of publicGets) {
      for (const id of [sensitiveId, openId]) {
        const url = route.url.replace(/:[a-zA-Z]+/g, id);
        const response = await t.anonymous().get(url);
        for (const text of forbidden) expect(response.body, `${url} shows "${text}"`).not.toContain(text);
      }
    }
  });
});
