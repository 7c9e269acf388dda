/**
 * The load benchmark's mix: what a signed-in person and an API client read, found by following
 * links from the demo data, and autocannon running it with each answer's time kept by address.
 */
import autocannon, { type Request, type Result } from 'autocannon';
import { demoCredentials, memoryOf, signIn, type RunningService } from './support.ts';

/** Long enough that a slow answer is measured, not cut off as a timeout at autocannon's 10 s. */
const TIMEOUT_S = 60;
const SAMPLE_MS = 250;
/** The target: no answer slower than this. */
export const SLOW_MS = 2000;

/** An answer over SLOW_MS: which address, how long, and when in the run it was asked. */
export interface SlowAnswer {
  readonly name: string;
  readonly ms: number;
  readonly startedS: number;
}

export interface Subject {
  readonly name: string;
  readonly path: string;
  readonly headers: Record<string, string>;
}

/** The demo alliance and one of its business areas, found as a person would: by following links. */
async function demoIds(baseUrl: string, cookie: string): Promise<{ allianceId: string; areaId: string }> {
  const response = await fetch(`${baseUrl}/business-areas`, { headers: { cookie }, redirect: 'manual' });
  await response.arrayBuffer();
  const allianceId = /\/alliances\/([0-9a-f-]{36})\/business-areas$/.exec(
    response.headers.get('location') ?? '',
  )?.[1];
  if (!allianceId) throw new Error(`/business-areas answered ${response.status} without an alliance`);
  const portfolio = await (
    await fetch(`${baseUrl}/alliances/${allianceId}/business-areas`, { headers: { cookie } })
  ).text();
  const areaId = /href="\/business-areas\/([0-9a-f-]{36})"/.exec(portfolio)?.[1];
  if (!areaId) throw new Error('The portfolio page links to no business area');
  return { allianceId, areaId };
}

/** Creates an API token on "Your account", as a person would. */
async function apiToken(baseUrl: string, cookie: string): Promise<string> {
  const account = await (await fetch(`${baseUrl}/account`, { headers: { cookie } })).text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(account)?.[1];
  if (!csrf) throw new Error('"Your account" has no CSRF token');
  const response = await fetch(`${baseUrl}/account/tokens`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrf, name: 'load benchmark' }),
  });
  const token = /id="token"[^>]*value="([^"]+)"/.exec(await response.text())?.[1];
  if (!token) throw new Error(`Creating an API token answered ${response.status} without a token`);
  return token;
}

export async function subjectsOf(service: RunningService): Promise<Subject[]> {
  const cookie = await signIn(service.baseUrl, demoCredentials(service.output));
  const { allianceId, areaId } = await demoIds(service.baseUrl, cookie);
  const bearer = { authorization: `Bearer ${await apiToken(service.baseUrl, cookie)}` };
  const alliance = `/alliances/${allianceId}`;
  const page = (name: string, at: string) => ({ name, path: at, headers: { cookie } });
  const api = (name: string, at: string) => ({ name, path: `/api/v1${at}`, headers: bearer });
  return [
    page('page: dashboard', '/'),
    api('api: alliances', '/alliances'),
    page('page: alliances', '/alliances'),
    api('api: alliance', alliance),
    page('page: portfolio', `${alliance}/business-areas`),
    api('api: portfolio', `${alliance}/business-areas`),
    page('page: pipeline', `${alliance}/pipeline`),
    api('api: numbers', `${alliance}/numbers`),
    page('page: finance overview', `${alliance}/finance`),
    api('api: finance', `${alliance}/finance`),
    page('page: business area', `/business-areas/${areaId}`),
    api('api: business area', `/business-areas/${areaId}`),
  ];
}

/** Every address must answer 200 before the run: a redirect to sign-in would be fast and wrong. */
export async function checkSubjects(baseUrl: string, subjects: readonly Subject[]): Promise<void> {
  for (const subject of subjects) {
    const response = await fetch(`${baseUrl}${subject.path}`, {
      headers: subject.headers,
      redirect: 'manual',
    });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${subject.name} answered ${response.status}`);
  }
}

/** Samples the service's resident memory until stopped; answers the highest seen. */
export function sampleMemory(pid: number): { stop(): Promise<number> } {
  let highest = 0;
  const timer = setInterval(() => {
    memoryOf(pid).then(
      ({ rssMb }) => (highest = Math.max(highest, rssMb)),
      () => undefined,
    );
  }, SAMPLE_MS);
  return {
    async stop() {
      clearInterval(timer);
      return Math.max(highest, (await memoryOf(pid)).rssMb);
    },
  };
}

/** Runs the mix; each connection sends the subjects in turn. Answers times by subject too. */
export function runMix(baseUrl: string, subjects: readonly Subject[], duration: number, connections: number) {
  const times = new Map<string, number[]>(subjects.map((subject) => [subject.name, []]));
  const slow: SlowAnswer[] = [];
  const started = performance.now();
  let answered = '';
  const requests: Request[] = subjects.map((subject) => ({
    method: 'GET',
    path: subject.path,
    headers: subject.headers,
    onResponse: () => (answered = subject.name),
  }));
  return new Promise<{ result: Result; times: Map<string, number[]>; slow: SlowAnswer[] }>(
    (resolve, reject) => {
      const instance = autocannon(
        { url: baseUrl, connections, duration, timeout: TIMEOUT_S, requests },
        (error, result) => (error ? reject(error) : resolve({ result, times, slow })),
      );
      instance.on('response', (_client, _status, _bytes, ms) => {
        times.get(answered)?.push(ms);
        const endedS = (performance.now() - started) / 1000;
        if (ms > SLOW_MS)
          slow.push({ name: answered, ms: Math.round(ms), startedS: +(endedS - ms / 1000).toFixed(1) });
      });
    },
  );
}
