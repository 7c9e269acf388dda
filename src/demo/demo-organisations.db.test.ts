import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../platform/context.ts';
import type { Database } from '../platform/db/database.ts';
import { createTestDatabase } from '../platform/testing/test-database.ts';
import {
  budgetsForYear,
  currentCorporationSoles,
  getOrganisationsByIds,
} from '../modules/organisations/organisations.service.ts';
import { verifyAuditChain } from '../modules/audit/audit.service.ts';
import { loadDemoOrganisations, type DemoOrganisationIds } from './demo-organisations.ts';

describe('demo organisations', () => {
  let database: Database;
  let ids: DemoOrganisationIds;
  const id = (name: string) => ids.get(name) ?? '';

  beforeAll(async () => {
    database = await createTestDatabase();
    const now = new Date('2016-03-15T10:00:00Z');
    ids = await loadDemoOrganisations(database.db, {
      actor: SYSTEM_ACTOR,
      requestId: 'demo',
      action: 'demo.loaded',
      now,
    });
  });
  afterAll(() => database.close());

  it('loads the five South West forces and their five PCC offices', async () => {
    expect(ids.size).toBe(10);
    const organisations = await getOrganisationsByIds(database.db, [...ids.values()]);
    expect(organisations.filter((o) => o.kind === 'police_force').map((o) => o.name)).toEqual([
      'Avon and Somerset Constabulary',
      'Devon & Cornwall Police',
      'Dorset Police',
      'Gloucestershire Constabulary',
      'Wiltshire Police',
    ]);
    expect(organisations.filter((o) => o.kind === 'policing_body')).toHaveLength(5);
  });

  it('gives the alliance forces £396m of 2015/16 budgets and 2.43 million people, as the briefing says', async () => {
    const alliance = [id('Devon & Cornwall Police'), id('Dorset Police')];
    const budgets = await budgetsForYear(database.db, alliance, 2015);
    expect(budgets.reduce((sum, b) => sum + b.netRevenueBudgetPence, 0)).toBe(396_000_000_00);
    const forces = await getOrganisationsByIds(database.db, alliance);
    expect(forces.reduce((sum, f) => sum + (f.population ?? 0), 0)).toBe(2_430_000);
    expect(forces.every((f) => f.populationYear === 2015)).toBe(true);
  });

  it('has the four corporation soles of the alliance in office in March 2016', async () => {
    const pccOffice = (county: string) => `Office of the Police and Crime Commissioner for ${county}`;
    const alliance = [
      id('Devon & Cornwall Police'),
      id(pccOffice('Devon and Cornwall and the Isles of Scilly')),
      id('Dorset Police'),
      id(pccOffice('Dorset')),
    ];
    const soles = await currentCorporationSoles(database.db, alliance, '2016-03-31');
    expect(soles.map((s) => [s.office, s.holderName])).toEqual([
      ['chief_constable', 'Shaun Sawyer'],
      ['police_and_crime_commissioner', 'Tony Hogg'],
      ['chief_constable', 'Debbie Simpson'],
      ['police_and_crime_commissioner', 'Martyn Underhill'],
    ]);
    expect(await currentCorporationSoles(database.db, alliance, '2012-01-01')).toEqual([]);
  });

  it('writes every change to an intact audit trail', async () => {
    expect(await verifyAuditChain(database.db)).toMatchObject({ intact: true, checked: 25 });
  });
});
