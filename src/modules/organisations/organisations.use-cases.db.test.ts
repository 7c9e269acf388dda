import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { fixedClock } from '../../platform/clock.ts';
import { SYSTEM_ACTOR } from '../../platform/context.ts';
import type { Database } from '../../platform/db/database.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/errors.ts';
import { createTestDatabase } from '../../platform/testing/test-database.ts';
import {
  budgetsForYear,
  createOrganisationsService,
  currentCorporationSoles,
  findOrganisationByReference,
  getOrganisationsByIds,
  type OrganisationsService,
} from './organisations.service.ts';
import { runUseCase, type UseCase } from '../../platform/usecase/use-case.ts';
import { savedState } from './organisations-testing.ts';
import { addOfficeHolder } from './use-cases/add-office-holder.ts';
import { changeOrganisation } from './use-cases/change-organisation.ts';
import { createOrganisation } from './use-cases/create-organisation.ts';
import { setBudget } from './use-cases/set-budget.ts';

const clock = fixedClock('2016-03-15T10:00:00Z');
const asker = { actor: SYSTEM_ACTOR, requestId: 'test', now: clock.now() };

describe('organisations use cases and queries', () => {
  let database: Database;
  let service: OrganisationsService;
  let forceId: string;

  const run = <S extends z.ZodType, O>(useCase: UseCase<S, O>, input: z.input<S>) =>
    runUseCase(useCase, input, { db: database.db, clock }, asker);

  beforeAll(async () => {
    database = await createTestDatabase();
    service = createOrganisationsService({ db: database.db, clock });
    const force = await run(createOrganisation, {
      kind: 'police_force',
      name: 'Dorset Police',
      shortName: 'Dorset',
    });
    forceId = force.id;
  });
  afterAll(() => database.close());

  it('lets only one of two simultaneous additions of the same name through', async () => {
    const input = { kind: 'other' as const, name: 'South West Forensics', shortName: 'SWF' };
    const results = await Promise.allSettled([
      run(createOrganisation, input),
      run(createOrganisation, input),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected');
    expect(refused?.reason).toBeInstanceOf(ValidationError);
    expect((refused?.reason as ValidationError).details).toEqual([
      { field: 'name', message: 'An organisation with this name already exists' },
    ]);
  });

  it('lets only one of two simultaneous saves of the same version through', async () => {
    const base = { kind: 'police_force' as const, name: 'Dorset Police', shortName: 'Dorset', version: 1 };
    const results = await Promise.allSettled([
      run(changeOrganisation, { ...base, id: forceId, region: 'A' }),
      run(changeOrganisation, { ...base, id: forceId, region: 'B' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')?.reason).toBeInstanceOf(ConflictError);
    expect((await service.get(forceId)).version).toBe(2);
  });

  it('lets only one of two simultaneous overlapping terms through', async () => {
    const results = await Promise.allSettled(
      ['First', 'Second'].map((holderName) =>
        run(addOfficeHolder, {
          organisationId: forceId,
          office: 'chief_constable',
          holderName,
          startDate: '2014-01-01',
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')?.reason).toBeInstanceOf(ValidationError);
  });

  it('refuses to turn a force into a policing body while it records a chief constable', async () => {
    const before = await savedState(database.db);
    const change = run(changeOrganisation, {
      id: forceId,
      kind: 'policing_body',
      name: 'Dorset Police',
      shortName: 'Dorset',
      version: 2,
    });
    await expect(change).rejects.toMatchObject({ details: [{ field: 'kind' }] });
    expect(await savedState(database.db)).toEqual(before);
  });

  it('finds the corporation soles on a date, and organisations by id, name or short name', async () => {
    const soles = await currentCorporationSoles(database.db, [forceId], '2016-03-31');
    expect(soles).toEqual([
      { organisationId: forceId, office: 'chief_constable', holderName: expect.any(String) },
    ]);
    expect(await service.currentCorporationSoles([forceId])).toEqual(soles);
    expect(await currentCorporationSoles(database.db, [forceId], '2013-12-31')).toEqual([]);
    expect((await findOrganisationByReference(database.db, 'dorset'))?.id).toBe(forceId);
    expect((await findOrganisationByReference(database.db, forceId))?.name).toBe('Dorset Police');
    expect(await getOrganisationsByIds(database.db, [forceId, 'not-an-id'])).toHaveLength(1);
    expect(await getOrganisationsByIds(database.db, [])).toEqual([]);
  });

  it('adds or replaces a year’s budget, and reads one year for several organisations', async () => {
    await run(setBudget, {
      organisationId: forceId,
      financialYear: 2015,
      netRevenueBudgetPence: 100,
    });
    await run(setBudget, {
      organisationId: forceId,
      financialYear: 2015,
      netRevenueBudgetPence: 200,
      source: 'estimate',
    });
    expect(await budgetsForYear(database.db, [forceId], 2015)).toEqual([
      { organisationId: forceId, financialYear: 2015, netRevenueBudgetPence: 200, source: 'estimate' },
    ]);
    const negative = run(setBudget, {
      organisationId: forceId,
      financialYear: 2016,
      netRevenueBudgetPence: -1,
    });
    await expect(negative).rejects.toBeInstanceOf(ValidationError);
  });

  it('says an unknown organisation is not found', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    await expect(service.get(unknown)).rejects.toBeInstanceOf(NotFoundError);
    const budget = run(setBudget, {
      organisationId: unknown,
      financialYear: 2015,
      netRevenueBudgetPence: 1,
    });
    await expect(budget).rejects.toBeInstanceOf(NotFoundError);
  });
});
