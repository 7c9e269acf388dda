import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIsoDate, type IsoDate } from '../../../platform/dates.ts';
import { encodeCursor } from '../../../platform/http/cursor.ts';
import { createTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import { apiClientFor } from '../../../platform/testing/api-client.ts';
import { insertMeeting } from './boards.repo.ts';
import { createTestAlliance, loadAlliances } from './boards-testing.ts';

function isoDate(text: string): IsoDate {
  const date = parseIsoDate(text);
  if (date === undefined) throw new Error(`Not a date: ${text}`);
  return date;
}

type Client = Awaited<ReturnType<typeof apiClientFor>>;

interface MeetingList {
  total: number;
  items: { id: string; heldOn: string }[];
  next: string | null;
}

/** A board's meetings a page at a time, latest first, keyset-paged in the database. */
describe('meetings list API', () => {
  let t: TestApp;
  let viewer: Client;
  let allianceId: string;
  let boardIds: Record<string, string>;

  const listUrl = (kind: string) => `/api/v1/alliances/${allianceId}/boards/${boardIds[kind]}/meetings`;
  const list = async (kind: string, query = ''): Promise<MeetingList> => {
    const response = await viewer.get(`${listUrl(kind)}${query}`);
    expect(response.statusCode).toBe(200);
    return response.json();
  };
  const addMeeting = (kind: string, heldOn: string) =>
    insertMeeting(t.database.db, {
      id: randomUUID(),
      boardId: boardIds[kind] ?? '',
      heldOn: isoDate(heldOn),
      location: null,
      papers: null,
      minutes: null,
      now: t.clock.now(),
    });

  beforeAll(async () => {
    t = await createTestApp();
    await loadAlliances(t.database.db, t.clock.now());
    allianceId = await createTestAlliance(t.database.db, t.clock, 'Meetings list alliance');
    viewer = await apiClientFor(t.app, t.database, t.clock, [{ role: 'viewer', organisationId: null }]);
    const boards: { boards: { kind: string; id: string }[] } = (
      await viewer.get(`/api/v1/alliances/${allianceId}/boards`)
    ).json();
    boardIds = Object.fromEntries(boards.boards.map((board) => [board.kind, board.id]));
    // Five programme-board meetings, two on the same day so the id breaks the tie.
    for (const heldOn of ['2024-01-10', '2024-02-14', '2024-02-14', '2024-03-13', '2024-04-10']) {
      await addMeeting('programme_board', heldOn);
    }
  });
  afterAll(() => t.close());

  it('gives an empty list, with no next page, for a board that has not met', async () => {
    expect(await list('executive_board')).toEqual({ total: 0, items: [], next: null });
  });

  it('gives one page, latest first, when the meetings fit', async () => {
    const page = await list('programme_board');
    expect(page.total).toBe(5);
    expect(page.next).toBeNull();
    expect(page.items.map((meeting) => meeting.heldOn)).toEqual([
      '2024-04-10',
      '2024-03-13',
      '2024-02-14',
      '2024-02-14',
      '2024-01-10',
    ]);
  });

  it('walks every meeting once, page by page, to a last page with no next', async () => {
    const whole = (await list('programme_board')).items.map((meeting) => meeting.id);
    const seen: string[] = [];
    let query = '?limit=2';
    for (let pages = 0; pages < 5; pages += 1) {
      const page = await list('programme_board', query);
      seen.push(...page.items.map((meeting) => meeting.id));
      if (page.next === null) break;
      query = `?limit=2&cursor=${page.next}`;
    }
    expect(seen).toEqual(whole);
  });

  it('neither repeats nor skips a meeting when one is added before the cursor', async () => {
    const first = await list('programme_board', '?limit=2');
    await addMeeting('programme_board', '2024-05-08');
    const rest = await list('programme_board', `?limit=10&cursor=${first.next}`);
    expect(rest.items.map((meeting) => meeting.heldOn)).toEqual(['2024-02-14', '2024-02-14', '2024-01-10']);
    expect(rest.total).toBe(6);
  });

  it('refuses a cursor it did not make, and a limit over 200, with 400', async () => {
    const badDate = encodeCursor({ key: 'not a date', id: randomUUID() });
    for (const query of ['?cursor=nonsense', `?cursor=${badDate}`, '?limit=201', '?limit=0']) {
      const response = await viewer.get(`${listUrl('programme_board')}${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().error.code, query).toBe('validation_failed');
    }
  });
});
