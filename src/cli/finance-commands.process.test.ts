import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/alliance.js');
const ALLIANCE = 'Devon & Cornwall and Dorset strategic alliance';

/**
 * Runs the command as a person would, in `folder` with its embedded database in folder/data;
 * standard error is not a terminal.
 */
function alliance(
  folder: string,
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ALLIANCE_DATA_DIR: path.join(folder, 'data'),
    LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL;
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env, cwd: folder }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

describe('alliance export finance and import finance, run as commands', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'alliance-finance-process-'));
  beforeAll(async () => {
    const seeded = await alliance(folder, ['seed', '--demo']);
    expect(seeded.code).toBe(0);
  }, 120_000);
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('exports a workbook under its own name in the current folder', async () => {
    const run = await alliance(folder, ['export', 'finance', '--alliance', ALLIANCE, '--format', 'xlsx']);
    expect(run.code).toBe(0);
    const written = /to (\S+\.xlsx)$/m.exec(run.stdout)?.[1] ?? '';
    expect(path.dirname(written)).toBe(folder);
    expect(path.basename(written)).toMatch(
      /^devon-and-cornwall-and-dorset-strategic-alliance-savings-model-\d{4}-\d{2}-\d{2}\.xlsx$/,
    );
    expect(readFileSync(written).subarray(0, 4)).toEqual(Buffer.from('PK\u0003\u0004', 'latin1'));
  });

  it('imports the export back with one plain line and no progress bar off a terminal', async () => {
    const file = path.join(folder, 'model.csv');
    const exported = await alliance(folder, [
      'export',
      'finance',
      '--alliance',
      ALLIANCE,
      '--format',
      'csv',
      '--output',
      file,
    ]);
    expect(exported.code).toBe(0);
    const imported = await alliance(folder, [
      'import',
      'finance',
      file,
      '--alliance',
      ALLIANCE.toUpperCase(),
    ]);
    expect(imported).toEqual({
      code: 0,
      stdout: `Imported 384 rows from model.csv into ${ALLIANCE}: 192 business area years and 384 force baselines from 2014/15 to 2019/20\n`,
      stderr: '',
    });
  });

  it('prints every problem of a refused file and exits with 1', async () => {
    const file = path.join(folder, 'bad.csv');
    writeFileSync(
      file,
      'Business area,Financial year,Force,Baseline cost,Target operating model cost,Implementation cost\r\n' +
        'Flet services,2016/17,Dorset Police,1,,\r\nICT,2016/17,Dorset Police,-1,,\r\n',
    );
    const run = await alliance(folder, ['import', 'finance', file, '--alliance', ALLIANCE]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      'alliance import: bad.csv was not imported: it has 2 problems; nothing was imported',
      '  Row 2: "Flet services" is not a business area of this alliance',
      '  Row 3: the baseline cost must not be negative',
    ]);
  });
});
