import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClientFor } from '../../platform/testing/api-client.ts';
import { createTestApp, errorSummary, type TestApp } from '../../platform/testing/test-app.ts';
import { agreementFixture } from './agreements.testing.ts';
import { createAgreement } from './use-cases/create-agreement.ts';
import { signAgreement } from './use-cases/sign-agreement.ts';
import { varyAgreement } from './use-cases/vary-agreement.ts';

describe('agreement pages and API', () => {
  let t: TestApp;
  let id: string;

  beforeAll(async () => {
    t = await createTestApp();
    const f = await agreementFixture(t.database.db, t.clock);
    let agreement = await f.run(createAgreement, f.input());
    for (const signature of f.signatures('2015-03-20'))
      agreement = await f.run(signAgreement, {
        agreementId: agreement.id,
        version: agreement.version,
        signature,
      });
    const terms = { ...f.input().terms, title: 'Alliance ICT, varied' };
    const ref = { agreementId: agreement.id, version: agreement.version };
    agreement = await f.run(varyAgreement, {
      ...ref,
      effectiveFrom: '2016-01-01',
      reason: 'Renamed',
      terms,
      signatures: f.signatures('2015-12-01'),
    });
    id = agreement.id;
  });
  afterAll(() => t.close());

  it('records a signature through the form, refusing one by someone not in office that day', async () => {
    const f = await agreementFixture(t.database.db, t.clock, 'Second');
    const draft = await f.run(createAgreement, f.input());
    const team = await t.signIn([{ role: 'programme_team', organisationId: null }]);
    const form = (signatoryName: string) => ({
      version: String(draft.version),
      party: `${f.dorset.id}:chief_constable`,
      'signedOn-day': '20',
      'signedOn-month': '3',
      'signedOn-year': '2015',
      signedAs: 'office_holder',
      signatoryName,
    });
    const refused = await team.submit(`/agreements/${draft.id}/sign`, form('Martin Baker'));
    expect(refused.statusCode).toBe(400);
    expect(errorSummary(refused.body).join(' ')).toContain(
      'Martin Baker did not hold the office of chief constable on 20 March 2015',
    );
    const saved = await team.submit(`/agreements/${draft.id}/sign`, form('Debbie Simpson'));
    expect(saved.statusCode).toBe(303);
    expect((await team.get(`/agreements/${draft.id}`)).body).toContain('Out for signature');
  });

  it('asks a stranger to sign in', async () => {
    expect((await t.anonymous().get('/agreements')).statusCode).toBe(302);
  });

  it('shows the register and the agreement as it stood on a date', async () => {
    const viewer = await t.signIn([{ role: 'viewer', organisationId: null }]);
    const before = await viewer.get('/agreements?asAt=2015-06-01');
    expect(before.statusCode).toBe(200);
    expect(before.body).toContain('Alliance ICT</a>');
    expect((await viewer.get('/agreements')).body).toContain('Alliance ICT, varied');
    const shown = await viewer.get(`/agreements/${id}?asAt=2015-12-31`);
    expect(shown.body).toContain('<h1 class="govuk-heading-l">Alliance ICT</h1>');
    expect(shown.body).toContain('In force, varied');
    expect((await viewer.get(`/agreements/${id}?asAt=2015-13-01`)).statusCode).toBe(400);
  });

  it('gives the API the agreement as it stood on a date, and refuses a change from a viewer', async () => {
    const viewer = await apiClientFor(t.app, t.database, t.clock, [{ role: 'viewer', organisationId: null }]);
    const response = await viewer.call('GET', `/api/v1/agreements/${id}?asAt=2015-12-31`);
    expect(response.statusCode).toBe(200);
    const body = response.json() as {
      asAt: { versionNumber: number };
      versions: unknown[];
      history: unknown[];
    };
    expect(body.asAt.versionNumber).toBe(1);
    expect(body.versions).toHaveLength(2);
    expect(body.history).toHaveLength(3);
    const refused = await viewer.call('POST', `/api/v1/agreements/${id}/termination`, {});
    expect(refused.statusCode).toBe(403);
  });
});
