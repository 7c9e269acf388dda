import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  financeState,
  setUpDemoFinance,
  type DemoFinance,
} from '../modules/finance/finance-service.testing.ts';
import { createAlliancesService } from '../modules/alliances/alliances.service.ts';
import { exportFinance, importFinance, progressLine } from './finance-commands.ts';
import { runCli } from './run.ts';
import { UsageError, type CliIo } from './support.ts';

const ALLIANCE = 'Devon & Cornwall and Dorset strategic alliance';
const HEADER =
  'Business area,Financial year,Force,Baseline cost,Target operating model cost,Implementation cost';

let demo: DemoFinance;
const folder = mkdtempSync(path.join(tmpdir(), 'alliance-finance-cli-'));

beforeAll(async () => {
  demo = await setUpDemoFinance();
});
afterAll(async () => {
  await demo.database.close();
  rmSync(folder, { recursive: true, force: true });
});

function io(options: { terminal?: boolean } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const status: (string | null)[] = [];
  const value: CliIo = {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    readStdin: async () => '',
    env: {},
    clock: demo.clock,
    status: options.terminal ? (line) => status.push(line) : undefined,
  };
  return { io: value, out, err, status };
}

describe('alliance export finance and import finance', () => {
  it('exports to a file and imports it back, naming the alliance by its short name in any case', async () => {
    const output = path.join(folder, 'model.csv');
    const exported = io();
    expect(await exportFinance(demo.db, exported.io, { allianceName: ALLIANCE, format: 'csv', output })).toBe(
      0,
    );
    expect(exported.out).toEqual([`Wrote the savings model of ${ALLIANCE}, 384 rows, to ${output}`]);
    const bytes = readFileSync(output);
    const { shortName } = await createAlliancesService({ db: demo.db, clock: demo.clock }).get(
      demo.allianceId,
    );
    const imported = io();
    const code = await importFinance(demo.db, imported.io, {
      allianceName: ` ${shortName.toUpperCase()} `,
      fileName: output,
      bytes,
    });
    expect(code).toBe(0);
    expect(imported.err).toEqual([]);
    expect(imported.out).toEqual([
      `Imported 384 rows from model.csv into ${ALLIANCE}: 192 business area years and 384 force baselines from 2014/15 to 2019/20`,
    ]);
  });

  it('prints every problem of a refused file, one a line, with status 1, and imports nothing', async () => {
    const before = await financeState(demo.db);
    const run = io();
    const bytes = Buffer.from(
      `${HEADER}\r\nFlet services,2016/17,Dorset Police,1,,\r\nICT,2016/17,Dorset,x,,\r\n`,
      'utf8',
    );
    expect(
      await importFinance(demo.db, run.io, { allianceName: ALLIANCE, fileName: 'costs.csv', bytes }),
    ).toBe(1);
    expect(run.out).toEqual([]);
    expect(run.err).toEqual([
      'alliance import: costs.csv was not imported: it has 3 problems; nothing was imported',
      '  Row 2: "Flet services" is not a business area of this alliance',
      '  Row 3: "Dorset" is not a force of this alliance',
      '  Row 3: the baseline cost "x" is not an amount of money, like 1234.56 or £1,234.56',
    ]);
    expect(await financeState(demo.db)).toEqual(before);
  });

  it('shows a progress bar on a terminal and clears it when done', async () => {
    const run = io({ terminal: true });
    const bytes = Buffer.from(`${HEADER}\r\nICT,2016/17,Dorset Police,1,,\r\n`, 'utf8');
    await importFinance(demo.db, run.io, { allianceName: ALLIANCE, fileName: 'one.csv', bytes });
    expect(run.status).toContain('Checking rows [####################] 100% 1 of 1');
    expect(run.status).toContain('Saving [####################] 100% 2 of 2 records');
    expect(run.status.at(-1)).toBeNull();
  });

  it('refuses an alliance nobody has heard of as a mistake in the command', async () => {
    const run = io();
    const missing = exportFinance(demo.db, run.io, { allianceName: 'Atlantis', format: 'xlsx' });
    await expect(missing).rejects.toThrow(new UsageError('no alliance is called "Atlantis"'));
  });

  it('says plainly when it cannot write the file', async () => {
    const run = io();
    const output = path.join(folder, 'no-such-folder', 'model.xlsx');
    expect(await exportFinance(demo.db, run.io, { allianceName: ALLIANCE, format: 'xlsx', output })).toBe(1);
    expect(run.err).toEqual([`alliance export: cannot write ${output}: ENOENT`]);
  });
});

describe('the progress line', () => {
  it.each([
    ['checking', 26_000, 50_000, 'Checking rows [##########..........] 52% 26,000 of 50,000'],
    ['saving', 0, 0, 'Saving [####################] 100% 0 of 0 records'],
    ['reading', 512, 24 * 1024, 'Reading the file [....................] 2% 0.5 of 24.0 KB'],
    [
      'reading',
      3 * 1024 * 1024,
      12 * 1024 * 1024,
      'Reading the file [#####...............] 25% 3.0 of 12.0 MB',
    ],
  ] as const)('%s %i of %i', (stage, done, total, line) => {
    expect(progressLine(stage, done, total)).toBe(line);
  });
});

describe('bad arguments print one line and give status 2', () => {
  it.each([
    [['import'], /say what to import: import finance FILE --alliance NAME/],
    [['import', 'people', 'x.csv'], /say what to import/],
    [['import', 'finance', '--alliance', 'A'], /give one file: import finance FILE --alliance NAME/],
    [['import', 'finance', 'a.csv', 'b.csv', '--alliance', 'A'], /give one file/],
    [['import', 'finance', 'a.csv'], /--alliance is required/],
    [['import', 'finance', 'a.csv', '--alliance', 'A', '--force'], /Unknown option '--force'/],
    [
      ['import', 'finance', path.join(folder, 'missing.csv'), '--alliance', 'A'],
      /cannot read ".*missing.csv": there is no such file/,
    ],
    [
      ['import', 'finance', 'a.csv', '--alliance', 'A'.repeat(201)],
      /--alliance must be 200 characters or fewer/,
    ],
    [['export'], /say what to export: export finance --alliance NAME --format xlsx\|csv/],
    [['export', 'finance', '--format', 'csv'], /--alliance is required/],
    [['export', 'finance', '--alliance', 'A'], /--format is required/],
    [['export', 'finance', '--alliance', 'A', '--format', 'pdf'], /--format must be xlsx or csv, not "pdf"/],
  ])('alliance %j', async (argv, message) => {
    const run = io();
    expect(await runCli(argv, run.io)).toBe(2);
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toMatch(message);
  });
});
