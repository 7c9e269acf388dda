import { sql, type SQL } from 'drizzle-orm';
import type { Db } from './platform/db/database.ts';
import { DEMO_ALLIANCE_NAME } from './demo/demo-business-areas.ts';

/** Records of the demo's Devon & Cornwall and Dorset alliance that the routes act on. */
export interface DemoIds {
  readonly alliance: string;
  readonly area: string;
  /** A member of the alliance; its own records are the organisation routes' resource. */
  readonly dorset: string;
  /** A force of the South West collaboration, not of this alliance. */
  readonly avon: string;
  readonly board: string;
  readonly boardMember: string;
  readonly meeting: string;
  readonly condition: string;
  readonly officeHolder: string;
  /** No such scenario or user: their routes are refused before the record is looked for. */
  readonly missing: string;
}

type Params = (ids: DemoIds) => Record<string, string>;

export interface RouteFixture {
  readonly params: Params;
  /** Only a grant across every organisation may use it: refused to both scoped users. */
  readonly unscopedOnly?: true;
  /** A file upload: sent as multipart, the page's CSRF token in the address. */
  readonly multipart?: true;
  /** A body that would be saved, so that a refusal cannot come from bad input. */
  readonly body?: (ids: DemoIds) => Record<string, unknown>;
}

const none: Params = () => ({});
const alliance: Params = (ids) => ({ id: ids.alliance });
const inAlliance: Params = (ids) => ({ allianceId: ids.alliance });
const board: Params = (ids) => ({ allianceId: ids.alliance, boardId: ids.board });
const boardMember: Params = (ids) => ({ ...board(ids), memberId: ids.boardMember });
const area: Params = (ids) => ({ id: ids.area });
const meeting: Params = (ids) => ({ id: ids.meeting });
const condition: Params = (ids) => ({ id: ids.condition });
const dorset: Params = (ids) => ({ id: ids.dorset });
const user: Params = (ids) => ({ id: ids.missing });
const scenario: Params = (ids) => ({ id: ids.alliance, scenarioId: ids.missing });
const unscopedOnly = (params: Params = none): RouteFixture => ({ params, unscopedOnly: true });

const newArea = (ids: DemoIds) => ({
  name: 'Scoped access test area',
  functionGroup: 'support',
  inScope: true,
  exclusionReason: null,
  hostOrganisationId: ids.dorset,
  seniorResponsibleOfficer: 'DCC',
  leadName: null,
  description: null,
});
const newAreaForm = (ids: DemoIds) => ({
  ...newArea(ids),
  inScope: undefined,
  scope: 'in_scope',
  exclusionReason: '',
  leadName: '',
  description: '',
});

/**
 * Every route that needs a role or changes something, by its address pattern. A route missing
 * here fails the scoped access test: say which demo records fill its path.
 */
export const ROUTE_FIXTURES: Readonly<Record<string, RouteFixture>> = {
  '/alliances/new': unscopedOnly(),
  '/alliances/:id/edit': { params: alliance },
  '/alliances/:allianceId/business-areas/new': { params: inAlliance, body: newAreaForm },
  '/alliances/:allianceId/boards/:boardId/members/new': { params: board },
  '/alliances/:allianceId/boards/:boardId/members/:memberId/remove': { params: boardMember },
  '/alliances/:allianceId/boards/:boardId/meetings/new': { params: board },
  '/alliances/:id/finance/bases/new': { params: alliance },
  '/alliances/:id/finance/benefits/new': { params: alliance },
  '/alliances/:id/finance/reinvestments/new': { params: alliance },
  '/alliances/:id/finance/thresholds': { params: alliance },
  '/alliances/:id/finance/what-if': { params: alliance },
  '/alliances/:id/finance/what-if/:scenarioId/adopt': { params: scenario },
  '/alliances/:id/finance/import': { params: alliance, multipart: true },
  '/organisations': unscopedOnly(),
  '/organisations/new': unscopedOnly(),
  '/organisations/:id/edit': { params: dorset },
  '/organisations/:id/office-holders/new': { params: dorset },
  '/organisations/:id/office-holders/:holderId/end': {
    params: (ids) => ({ id: ids.dorset, holderId: ids.officeHolder }),
  },
  '/organisations/:id/budgets/new': { params: dorset },
  '/business-areas/:id/edit': { params: area },
  '/business-areas/:id/baselines': { params: area },
  '/business-areas/:id/confidence': { params: area },
  '/business-areas/:id/case/:section': { params: (ids) => ({ id: ids.area, section: 'strategic' }) },
  '/business-areas/:id/documents': { params: area, multipart: true },
  '/business-areas/:id/decisions/new': { params: area },
  '/business-areas/:id/stage': { params: area },
  '/business-areas/:id/approvals/:gate': {
    params: (ids) => ({ id: ids.area, gate: 'strategic-outline-case' }),
  },
  '/business-areas/:id/finance/costs': { params: area },
  '/business-areas/:id/finance/actuals/new': { params: area },
  '/business-areas/:id/finance/forecast': { params: area },
  '/conditions/:id/close': { params: condition },
  '/meetings/:id/edit': { params: meeting },
  '/users': unscopedOnly(),
  '/users/new': unscopedOnly(),
  '/users/:id/edit': unscopedOnly(user),
  '/users/:id/password': unscopedOnly(user),
  '/audit': unscopedOnly(),

  '/api/v1/organisations': unscopedOnly(),
  '/api/v1/organisations/:id': { params: dorset },
  '/api/v1/organisations/:id/office-holders': { params: dorset },
  '/api/v1/organisations/:id/budgets/:financialYear': {
    params: (ids) => ({ id: ids.dorset, financialYear: '2016-17' }),
  },
  '/api/v1/alliances': unscopedOnly(),
  // An agreement binds every party: only a grant across every organisation changes one.
  '/agreements/:id/sign': unscopedOnly(user),
  '/api/v1/agreements': unscopedOnly(),
  '/api/v1/agreements/:id/signatures': unscopedOnly(user),
  '/api/v1/agreements/:id/variations': unscopedOnly(user),
  '/api/v1/agreements/:id/termination': unscopedOnly(user),
  '/api/v1/alliances/:id': { params: alliance },
  '/api/v1/alliances/:id/members': { params: alliance },
  '/api/v1/alliances/:id/members/:organisationId': {
    params: (ids) => ({ id: ids.alliance, organisationId: ids.dorset }),
  },
  '/api/v1/alliances/:id/status': { params: alliance },
  '/api/v1/alliances/:allianceId/business-areas': { params: inAlliance, body: newArea },
  '/api/v1/alliances/:allianceId/boards/:boardId/members': { params: board },
  '/api/v1/alliances/:allianceId/boards/:boardId/members/:memberId': { params: boardMember },
  '/api/v1/alliances/:allianceId/boards/:boardId/meetings': { params: board },
  '/api/v1/alliances/:id/finance/bases': { params: alliance },
  '/api/v1/alliances/:id/finance/benefits': { params: alliance },
  '/api/v1/alliances/:id/finance/reinvestments': { params: alliance },
  '/api/v1/alliances/:id/finance/thresholds': { params: alliance },
  '/api/v1/alliances/:id/finance/scenarios': { params: alliance },
  '/api/v1/alliances/:id/finance/scenarios/:scenarioId/adopt': { params: scenario },
  '/api/v1/alliances/:id/finance/import': { params: alliance, multipart: true },
  '/api/v1/business-areas/:id': { params: area },
  '/api/v1/business-areas/:id/baselines': { params: area },
  '/api/v1/business-areas/:id/confidence': { params: area },
  '/api/v1/business-areas/:id/case/:section': { params: (ids) => ({ id: ids.area, section: 'strategic' }) },
  '/api/v1/business-areas/:id/decisions': { params: area },
  '/api/v1/business-areas/:id/moves': { params: area },
  '/api/v1/business-areas/:id/approvals': { params: area },
  '/api/v1/business-areas/:id/finance/years/:financialYear': {
    params: (ids) => ({ id: ids.area, financialYear: '2016-17' }),
  },
  '/api/v1/business-areas/:id/finance/forecasts/:financialYear': {
    params: (ids) => ({ id: ids.area, financialYear: '2016-17' }),
  },
  '/api/v1/business-areas/:id/finance/actuals': { params: area },
  '/api/v1/conditions/:id/close': { params: condition },
  '/api/v1/meetings/:id': { params: meeting },
  '/api/v1/users': unscopedOnly(),
  '/api/v1/users/:id': unscopedOnly(user),
  '/api/v1/audit/events': unscopedOnly(),
  '/api/v1/audit/events/:entityType/:entityId': unscopedOnly((ids) => ({
    entityType: 'alliance',
    entityId: ids.alliance,
  })),
  '/api/v1/audit/verify': unscopedOnly(),
  '/api/v1/audit/head': unscopedOnly(),
};

/** Changes open to anyone signed in (or to anyone), with why no organisation owns them. */
export const NOT_AN_ORGANISATION_RESOURCE: Readonly<Record<string, string>> = {
  '/sign-in': 'signing in',
  '/sign-out': 'signing out',
  '/account/tokens': "one's own API tokens",
  '/account/tokens/:id/revoke': "one's own API tokens",
  '/api/v1/alliances/:id/finance/what-if':
    'a comparison anyone may read; it changes nothing but the audit trail',
  '/api/v1/finance/bases/:basisId/apportion':
    'a calculation anyone may read; it changes nothing but the audit trail',
};

/** The route's address with its parameters filled in; a parameter the fixture lacks is an error. */
export function fillPath(pattern: string, params: Record<string, string>): string {
  return pattern.replace(/:([A-Za-z]+)/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`The fixture of ${pattern} does not fill :${name}`);
    return value;
  });
}

async function idOf(db: Db, what: string, query: SQL): Promise<string> {
  const result = (await db.execute(query)) as unknown as { rows: { id: string }[] };
  const id = result.rows[0]?.id;
  if (!id) throw new Error(`The demo has no ${what}`);
  return id;
}

/** Where each record is found: by name, or the first of its kind in the alliance. */
const FIND = {
  area: (alliance: string) =>
    sql`select id from business_areas where alliance_id = ${alliance} and name = 'Fleet services'`,
  board: (alliance: string) =>
    sql`select id from boards where alliance_id = ${alliance} and kind = 'programme_board'`,
  meeting: (alliance: string) =>
    sql`select m.id from meetings m join boards b on b.id = m.board_id
        where b.alliance_id = ${alliance} order by m.held_on limit 1`,
  condition: (alliance: string) =>
    sql`select c.id from decision_conditions c join business_areas a on a.id = c.business_area_id
        where a.alliance_id = ${alliance} order by c.due_on limit 1`,
  officeHolder: (organisation: string) =>
    sql`select id from office_holders where organisation_id = ${organisation} limit 1`,
};

/** The demo's records; the board member is added by the caller, through the API. */
export async function demoIds(
  db: Db,
  addBoardMember: (ids: Omit<DemoIds, 'boardMember'>) => Promise<string>,
): Promise<DemoIds> {
  const organisation = (name: string) =>
    idOf(db, name, sql`select id from organisations where name = ${name}`);
  const alliance = await idOf(
    db,
    'alliance',
    sql`select id from alliances where name = ${DEMO_ALLIANCE_NAME}`,
  );
  const dorset = await organisation('Dorset Police');
  const ids = {
    alliance,
    area: await idOf(db, 'area', FIND.area(alliance)),
    dorset,
    avon: await organisation('Avon and Somerset Constabulary'),
    board: await idOf(db, 'board', FIND.board(alliance)),
    meeting: await idOf(db, 'meeting', FIND.meeting(alliance)),
    condition: await idOf(db, 'condition', FIND.condition(alliance)),
    officeHolder: await idOf(db, 'office holder', FIND.officeHolder(dorset)),
    missing: crypto.randomUUID(),
  };
  return { ...ids, boardMember: await addBoardMember(ids) };
}

/** Tables a refused request may still touch: the requester's own session and token. */
const BOOKKEEPING = ['sessions', 'api_tokens', 'sign_in_attempts'];

/** Every row of every other table, hashed: equal before and after means nothing was written. */
export async function fingerprint(db: Db): Promise<Record<string, string>> {
  const listed = (await db.execute(
    sql`select table_name as name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  )) as unknown as { rows: { name: string }[] };
  const tables = listed.rows.map((row) => row.name).filter((name) => !BOOKKEEPING.includes(name));
  const parts = tables.map(
    (name) =>
      sql`select ${name} as name, count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as hash from ${sql.identifier(name)} t`,
  );
  const result = (await db.execute(sql.join(parts, sql` union all `))) as unknown as {
    rows: { name: string; hash: string }[];
  };
  return Object.fromEntries(result.rows.map((row) => [row.name, row.hash]));
}
