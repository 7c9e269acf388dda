/**
 * The measuring half of bench/finance-model.ts, run in its own process: the savings model of each
 * subject alliance, timed whole through the service, and split into its queries and its rules.
 */
import { readFileSync } from 'node:fs';
import { fixedClock } from '../src/platform/clock.ts';
import { openDatabase, type Db, type DatabaseTarget } from '../src/platform/db/database.ts';
import { financialYearOf, londonDate } from '../src/platform/dates.ts';
import { createBusinessAreasService } from '../src/modules/business-areas/portfolio/business-areas.service.ts';
import * as repo from '../src/modules/finance/finance.repo.ts';
import { DEFAULT_RAG_THRESHOLDS, alliancePlan } from '../src/modules/finance/savings/savings-model.domain.ts';
import {
  costInputs,
  createSavingsModelService,
  modelBases,
} from '../src/modules/finance/savings/savings-model.service.ts';
import {
  areaSavingsLines,
  forceYearLines,
  yearSavingsLines,
} from '../src/modules/finance/savings/savings-trajectory.domain.ts';

const RUNS = Number(process.env.BENCH_MODEL_RUNS ?? 10);

export interface Subject {
  readonly data: string;
  readonly allianceId: string;
  /** The clock the model reads the current financial year from. */
  readonly now: string;
}

export interface ModelFigures {
  readonly summary: Record<string, string | number>;
  readonly runs: { total: number[]; load: number[]; compute: number[] };
  readonly computeParts: Record<string, number>;
  readonly queriesAlone: Record<string, number>;
  readonly memory: { beforeMb: number; afterMb: number; peakMb: number; heapUsedMb: number };
}

/** The same reads as the service's model(), side by side as it makes them. */
async function load(db: Db, allianceId: string, now: string) {
  const clock = fixedClock(now);
  const [alliance, members, areas, bases, stored, realised, forecasts, own] = await Promise.all([
    createSavingsModelService({ db, clock }).header(allianceId),
    createBusinessAreasService({ db, clock }).alliance(allianceId),
    repo.areasOf(db, allianceId),
    repo.basesOf(db, allianceId),
    repo.costsOf(db, allianceId),
    repo.realisedOf(db, allianceId),
    repo.forecastsOf(db, allianceId),
    repo.thresholdsOf(db, allianceId),
  ]);
  return { alliance, parties: members.memberForces, areas, bases, stored, realised, forecasts, own, clock };
}

type Loaded = Awaited<ReturnType<typeof load>>;

/** The same rules as the service's model(), on rows already loaded; answers each part's time. */
function compute(loaded: Loaded): Record<string, number> {
  const times: Record<string, number> = {};
  const timed = <T>(name: string, work: () => T): T => {
    const started = performance.now();
    const result = work();
    times[name] = performance.now() - started;
    return result;
  };
  const inputs = timed('group rows', () => costInputs(loaded.stored));
  const figures = timed('split costs', () => alliancePlan(inputs, loaded.parties, modelBases(loaded.bases)));
  const trajectory = {
    figures,
    realised: loaded.realised,
    forecasts: loaded.forecasts,
    currentYear: financialYearOf(londonDate(loaded.clock.now())),
    thresholds: loaded.own ?? DEFAULT_RAG_THRESHOLDS,
    target: loaded.alliance.target,
  };
  timed('savings lines', () => {
    const areaLines = areaSavingsLines(trajectory);
    yearSavingsLines(trajectory, areaLines);
    forceYearLines(figures);
  });
  return times;
}

/** Each query on its own, one after another: which of them the load waits for. */
async function queriesAlone(db: Db, allianceId: string, now: string): Promise<Record<string, number>> {
  const clock = fixedClock(now);
  const queries: Record<string, () => Promise<unknown>> = {
    header: () => createSavingsModelService({ db, clock }).header(allianceId),
    members: () => createBusinessAreasService({ db, clock }).alliance(allianceId),
    costsOf: () => repo.costsOf(db, allianceId),
    realisedOf: () => repo.realisedOf(db, allianceId),
    forecastsOf: () => repo.forecastsOf(db, allianceId),
    basesOf: () => repo.basesOf(db, allianceId),
    areasOf: () => repo.areasOf(db, allianceId),
    thresholdsOf: () => repo.thresholdsOf(db, allianceId),
  };
  const times: Record<string, number> = {};
  for (const [name, query] of Object.entries(queries)) {
    const started = performance.now();
    await query();
    times[name] = Math.round(performance.now() - started);
  }
  return times;
}

function memoryMb(): { rssMb: number; peakMb: number } {
  const status = readFileSync('/proc/self/status', 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMb: Math.round(kb('VmRSS') / 1024), peakMb: Math.round(kb('VmHWM') / 1024) };
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? NaN;
}

async function measureSubject(db: Db, subject: Subject, beforeMb: number): Promise<ModelFigures> {
  const service = createSavingsModelService({ db, clock: fixedClock(subject.now) });
  const warmUp = await service.model(subject.allianceId);
  const runs = { total: [] as number[], load: [] as number[], compute: [] as number[] };
  const parts: Record<string, number[]> = {};
  for (let run = 0; run < RUNS; run += 1) {
    let started = performance.now();
    await service.model(subject.allianceId);
    runs.total.push(performance.now() - started);
    started = performance.now();
    const loaded = await load(db, subject.allianceId, subject.now);
    runs.load.push(performance.now() - started);
    started = performance.now();
    for (const [name, ms] of Object.entries(compute(loaded))) (parts[name] ??= []).push(ms);
    runs.compute.push(performance.now() - started);
  }
  const memory = memoryMb();
  const ms = (values: readonly number[], p: number) => Math.round(percentile(values, p));
  return {
    summary: {
      data: subject.data,
      'area-years': warmUp.figures.length,
      'model p50 ms': ms(runs.total, 50),
      'model p95 ms': ms(runs.total, 95),
      'load p50 ms': ms(runs.load, 50),
      'compute p50 ms': ms(runs.compute, 50),
      'RSS MB': memory.rssMb,
      'peak RSS MB': memory.peakMb,
    },
    runs,
    computeParts: Object.fromEntries(Object.entries(parts).map(([name, values]) => [name, ms(values, 50)])),
    queriesAlone: await queriesAlone(db, subject.allianceId, subject.now),
    memory: {
      beforeMb,
      afterMb: memory.rssMb,
      peakMb: memory.peakMb,
      heapUsedMb: Math.round(process.memoryUsage().heapUsed / 1024 / 1024),
    },
  };
}

/** Opens the database once, then measures each subject in turn (the demo first, so its peak is its own). */
export async function measureModel(
  target: DatabaseTarget,
  subjects: readonly Subject[],
): Promise<ModelFigures[]> {
  const database = await openDatabase(target);
  try {
    const figures: ModelFigures[] = [];
    for (const subject of subjects)
      figures.push(await measureSubject(database.db, subject, memoryMb().rssMb));
    return figures;
  } finally {
    await database.close();
  }
}
