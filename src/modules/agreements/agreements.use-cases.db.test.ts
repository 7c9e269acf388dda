import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { fixedClock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import { ValidationError } from '../../platform/errors.ts';
import { createTestDatabase } from '../../platform/testing/test-database.ts';
import { auditEvents } from '../audit/audit.tables.ts';
import { agreementSignatures, agreementVersions, agreements } from './agreements.tables.ts';
import { agreementFixture } from './agreements.testing.ts';
import { loadOrFail, versionAsAt } from './agreements.service.ts';
import { createAgreement } from './use-cases/create-agreement.ts';
import { signAgreement } from './use-cases/sign-agreement.ts';
import { terminateAgreement } from './use-cases/terminate-agreement.ts';
import { varyAgreement } from './use-cases/vary-agreement.ts';

const clock = fixedClock('2016-03-15T10:00:00Z');

describe('agreement use cases', () => {
  let database: Database;
  let fixture: Awaited<ReturnType<typeof agreementFixture>>;

  async function saved() {
    const rows = async (table: typeof agreements | typeof agreementVersions | typeof agreementSignatures) =>
      (await database.db.select({ n: count() }).from(table))[0]?.n ?? 0;
    return {
      agreements: await rows(agreements),
      versions: await rows(agreementVersions),
      signatures: await rows(agreementSignatures),
      audit: (await database.db.select({ n: count() }).from(auditEvents))[0]?.n ?? 0,
    };
  }

  async function refused(
    attempt: () => Promise<unknown>,
  ): Promise<readonly { field: string; message: string }[]> {
    const before = await saved();
    const error = await attempt().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(await saved()).toEqual(before);
    return (error as ValidationError).details;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    fixture = await agreementFixture(database.db, clock);
  });
  afterAll(() => database.close());

  it('refuses an agreement about officers without every chief officer and PCC', async () => {
    const input = fixture.input();
    const details = await refused(() =>
      fixture.run(createAgreement, { ...input, parties: input.parties.slice(0, 3) }),
    );
    expect(details[0]?.field).toBe('parties');
    expect(details[0]?.message).toContain('police and crime commissioner of OPCC Dorset');
  });

  it('refuses a contribution beyond two years without a variation', async () => {
    const details = await refused(() =>
      fixture.run(createAgreement, fixture.input({ exitContributionMonths: 30 })),
    );
    expect(details.map((d) => d.field)).toEqual(['terms.exitContributionMonths']);
  });

  it('brings an agreement into force only when every party has signed, then varies and terminates it', async () => {
    let agreement = await fixture.run(createAgreement, fixture.input());
    expect(agreement.state).toBe('draft');
    const signatures = fixture.signatures('2015-03-20');
    // Martin Baker's term ended before the date: refused, nothing saved.
    const wrong = { ...signatures[1]!, signatoryName: 'Martin Baker' };
    const details = await refused(() =>
      fixture.run(signAgreement, { agreementId: agreement.id, version: agreement.version, signature: wrong }),
    );
    expect(details[0]).toMatchObject({ field: 'signature.signatoryName' });
    for (const [index, signature] of signatures.entries()) {
      const asDelegate =
        index === 2
          ? {
              signedAs: 'delegate' as const,
              signatoryName: 'A Chief Executive',
              delegateRole: 'Chief executive, OPCC',
            }
          : {};
      agreement = await fixture.run(signAgreement, {
        agreementId: agreement.id,
        version: agreement.version,
        signature: { ...signature, ...asDelegate },
      });
      expect(agreement.state).toBe(index < 3 ? 'signing' : 'in_force');
    }
    expect(agreement.moves.map((m) => m.toState)).toEqual(['signing', 'in_force']);

    const varied = {
      agreementId: agreement.id,
      version: agreement.version,
      effectiveFrom: '2016-04-01',
      reason: 'Four-year contribution agreed',
      terms: { ...fixture.input().terms, exitContributionMonths: 48, title: 'Alliance ICT (varied)' },
    };
    const some = await refused(() =>
      fixture.run(varyAgreement, { ...varied, signatures: fixture.signatures('2016-03-01').slice(0, 3) }),
    );
    expect(some[0]?.message).toContain('A variation must be signed by every party');
    const overlap = await refused(() =>
      fixture.run(varyAgreement, {
        ...varied,
        effectiveFrom: '2015-04-01',
        signatures: fixture.signatures('2016-03-01'),
      }),
    );
    expect(overlap[0]?.field).toBe('effectiveFrom');
    agreement = await fixture.run(varyAgreement, { ...varied, signatures: fixture.signatures('2016-03-01') });
    expect(agreement.state).toBe('varied');
    expect(versionAsAt(agreement, '2016-03-31')?.title).toBe('Alliance ICT');
    expect(versionAsAt(agreement, '2016-04-01')?.title).toBe('Alliance ICT (varied)');
    expect(agreement.versions[0]?.effectiveTo).toBe('2016-03-31');

    const leave = {
      agreementId: agreement.id,
      version: agreement.version,
      kind: 'unilateral' as const,
      noticeGivenOn: '2016-03-01',
      leavingOrganisationId: fixture.dorset.id,
      reason: 'Dorset leaves',
    };
    const early = await refused(() =>
      fixture.run(terminateAgreement, { ...leave, terminatesOn: '2017-02-27' }),
    );
    expect(early[0]?.message).toContain('28 February 2017');
    agreement = await fixture.run(terminateAgreement, { ...leave, terminatesOn: '2017-02-28' });
    expect(agreement.state).toBe('terminated');
    expect(versionAsAt(await loadOrFail(database.db, agreement.id), '2017-03-01')).toBeUndefined();
  });
});
