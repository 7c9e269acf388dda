/**
 * Where a first start on the embedded database goes: the steps of `startService` run one after
 * the other in this process, in a new, empty data folder, with the wall and CPU time of each.
 * Node, tsx and the modules are loaded before the first phase and not counted here.
 */
import { hash } from '@node-rs/argon2';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '../src/platform/db/database.ts';
import { migrate, underStartLock } from '../src/platform/db/migrate.ts';
import { SYSTEM_ACTOR } from '../src/platform/context.ts';
import { systemClock } from '../src/platform/clock.ts';
import { loadDemoOrganisations } from '../src/demo/demo-organisations.ts';
import { loadDemoAlliances } from '../src/demo/demo-alliances.ts';
import { DEMO_ALLIANCE_NAME, loadDemoBusinessAreas } from '../src/demo/demo-business-areas.ts';
import { loadDemoFinance } from '../src/demo/demo-finance.ts';
import { loadDemoAgreements } from '../src/demo/demo-agreements.ts';
import { createAlliancesService } from '../src/modules/alliances/alliances.service.ts';
import { printTable } from './support.ts';

const rows: Record<string, string>[] = [];
let wall = performance.now();
let cpu = process.cpuUsage();
function phase(name: string): void {
  const used = process.cpuUsage(cpu);
  rows.push({
    phase: name,
    'wall s': ((performance.now() - wall) / 1000).toFixed(2),
    'CPU s': ((used.user + used.system) / 1e6).toFixed(2),
  });
  wall = performance.now();
  cpu = process.cpuUsage();
}

const dataDir = await mkdtemp(path.join(tmpdir(), 'alliance-phases-'));
try {
  let database = await openDatabase({ kind: 'embedded', dataDir });
  phase('create the data folder and open it');
  await migrate(database.db);
  phase('migrations');
  const context = { actor: SYSTEM_ACTOR, requestId: 'bench', action: 'demo.loaded', now: new Date() };
  await underStartLock(database.db, async (tx) => {
    const ids = await loadDemoOrganisations(tx, context);
    phase('demo: organisations');
    await loadDemoAlliances(tx, context, ids);
    phase('demo: alliances');
    await loadDemoBusinessAreas(tx, context, ids);
    phase('demo: business areas and their history');
    const alliances = await createAlliancesService({ db: tx, clock: systemClock }).list();
    const alliance = alliances.find((a) => a.name === DEMO_ALLIANCE_NAME);
    await loadDemoFinance(tx, context, ids, alliance?.id ?? '');
    phase('demo: finance');
    await loadDemoAgreements(tx, context, ids, alliance?.id ?? '');
    phase('demo: agreements');
    await hash('a demo administrator password');
    phase("argon2 hash of the administrator's password");
  });
  phase('commit');
  await database.close();
  database = await openDatabase({ kind: 'embedded', dataDir });
  phase('close and reopen');
  await database.close();
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
printTable(rows);
