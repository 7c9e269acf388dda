import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servedOpenApiDocument } from './openapi-document.ts';

interface LintReport {
  totals: { errors: number; warnings: number };
  problems: { ruleId: string; severity: string; message: string; location: { pointer: string }[] }[];
}

const REDOCLY = path.resolve('node_modules/.bin/redocly');
// The checker runs here and nowhere else: nothing is sent out, no update is looked for.
const QUIET = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };

async function redoclyLint(file: string): Promise<LintReport> {
  const args = ['lint', file, '--extends=recommended', '--format=json'];
  const run = promisify(execFile)(REDOCLY, args, { env: QUIET, maxBuffer: 16 * 1024 * 1024 });
  // Redocly exits non-zero when it finds errors; the report on stdout says which.
  const { stdout } = await run.catch((failure: { stdout?: string }) => ({ stdout: failure.stdout ?? '' }));
  return JSON.parse(stdout) as LintReport;
}

describe('the OpenAPI document', () => {
  let folder: string;
  let document: { paths: Record<string, Record<string, { operationId?: string }>> };

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'alliance-openapi-'));
    document = (await servedOpenApiDocument()) as typeof document;
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('passes Redocly’s recommended rules with no error and no warning', async () => {
    const file = path.join(folder, 'openapi.json');
    await writeFile(file, JSON.stringify(document));
    const report = await redoclyLint(file);
    const problems = report.problems.map(
      (problem) =>
        `${problem.severity} ${problem.ruleId} at ${problem.location[0]?.pointer}: ${problem.message}`,
    );
    expect(problems).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  });

  it('is caught by the lint when it goes wrong', async () => {
    const file = path.join(folder, 'no-servers.json');
    await writeFile(file, JSON.stringify({ ...document, servers: undefined }));
    const report = await redoclyLint(file);
    expect(report.problems.map((problem) => problem.ruleId)).toContain('no-empty-servers');
  });

  it('names every operation, each with its own camelCase verb-first name', () => {
    const operations = Object.entries(document.paths).flatMap(([address, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({
        at: `${method} ${address}`,
        id: operation.operationId,
      })),
    );
    expect(operations.filter((operation) => !operation.id).map((operation) => operation.at)).toEqual([]);
    const ids = operations.map((operation) => operation.id);
    expect(new Set(ids).size).toBe(ids.length);
    const verbFirst =
      /^(list|get|create|update|set|replace|record|save|add|remove|change|move|close|search|verify|export|adopt|apportion|compare|import)[A-Z][A-Za-z]*$/;
    expect(ids.filter((id) => !verbFirst.test(id ?? ''))).toEqual([]);
  });
});
