import { beforeAll, describe, expect, it } from 'vitest';
import { decodeEntities } from '../../../platform/testing/test-app.ts';
import { useFinanceApi, type FinanceApi } from '../finance-api.testing.ts';

type YearLine = {
  financialYear: number;
  plannedPence: number;
  rag: string | null;
  areasWithoutBasis: number;
};
type Figure = {
  businessAreaId: string;
  financialYear: number;
  combined: boolean;
  basis: { id: string; versionNumber: number } | null;
};
type ForceLine = {
  organisationId: string;
  financialYear: number;
  contributionPence: number;
  savingPence: number;
};
type Version = {
  id: string;
  versionNumber: number;
  businessAreaId: string | null;
  label: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  resumesVersionNumber: number | null;
  reason: string | null;
  basis: unknown;
};

/** £14,083,500: the demo's planned savings in 2019/20, whatever the basis, as long as one governs. */
const PLANNED_2019 = 1_408_350_000;

describe('a one-year basis inside the open-ended default, through the API', () => {
  const api: FinanceApi = useFinanceApi();
  let model: () => Promise<{
    yearLines: YearLine[];
    figures: Figure[];
    forceLines: ForceLine[];
    warnings: unknown[];
  }>;
  let before: Awaited<ReturnType<typeof model>>;

  beforeAll(async () => {
    model = async () => (await api.viewer.get(`/api/v1/alliances/${api.demo.allianceId}/finance`)).json();
    before = await model();
  });

  it('splits the default: the one-year version governs 2018/19 and the default resumes in 2019/20', async () => {
    const { demo, finance, viewer } = api;
    expect(before.yearLines.find((l) => l.financialYear === 2019)?.plannedPence).toBe(PLANNED_2019);
    expect(before.warnings).toEqual([]);
    const bases = `/api/v1/alliances/${demo.allianceId}/finance/bases`;
    const adopted = await finance.post(bases, {
      label: 'Fixed 60/40 for 2018/19',
      basis: {
        kind: 'fixed',
        percentages: [
          { organisationId: demo.forceId('Devon & Cornwall Police'), percentage: 60 },
          { organisationId: demo.forceId('Dorset Police'), percentage: 40 },
        ],
      },
      effectiveFrom: '2018-04-01',
      effectiveTo: '2019-03-31',
      reason: 'Agreed for one year while the budgets are reviewed',
    });
    expect(adopted.statusCode, adopted.body).toBe(201);

    const versions = ((await viewer.get(bases)).json().versions as Version[]).filter(
      (v) => v.businessAreaId === null,
    );
    const [resumed, oneYear, first] = versions;
    expect(first).toMatchObject({ versionNumber: 1, effectiveFrom: '2015-04-01', effectiveTo: '2018-03-31' });
    expect(oneYear).toMatchObject({
      versionNumber: 2,
      effectiveFrom: '2018-04-01',
      effectiveTo: '2019-03-31',
    });
    expect(resumed).toMatchObject({
      versionNumber: 3,
      label: first?.label,
      effectiveFrom: '2019-04-01',
      effectiveTo: null,
      resumesVersionNumber: 1,
      reason: 'Resumes version 1 after version 2, which ends on 31 March 2019',
    });
    expect(resumed?.basis).toEqual(first?.basis);

    const after = await model();
    expect(after.warnings).toEqual([]);
    const line2019 = after.yearLines.find((l) => l.financialYear === 2019);
    expect(line2019).toMatchObject({ plannedPence: PLANNED_2019, areasWithoutBasis: 0 });
    expect(line2019?.rag).toBe(before.yearLines.find((l) => l.financialYear === 2019)?.rag);
    const in2019 = (f: Figure) => f.financialYear === 2019;
    expect(after.figures.filter(in2019).filter((f) => !f.combined)).toEqual(
      before.figures.filter(in2019).filter((f) => !f.combined),
    );
    const forces = (m: typeof before, year: number) => m.forceLines.filter((l) => l.financialYear === year);
    expect(forces(after, 2019)).toEqual(forces(before, 2019));
    expect(forces(after, 2018)).not.toEqual(forces(before, 2018));
    const defaults = new Set(versions.map((v) => v.id));
    const byDefault = (year: number) =>
      new Set(
        after.figures
          .filter((f) => f.financialYear === year && f.basis && defaults.has(f.basis.id))
          .map((f) => f.basis?.id),
      );
    expect(byDefault(2017)).toEqual(new Set([first?.id]));
    expect(byDefault(2018)).toEqual(new Set([oneYear?.id]));
    expect(byDefault(2019)).toEqual(new Set([resumed?.id]));
  });

  it('shows the resumed version as such in the history page', async () => {
    const pages = await api.t.signIn([{ role: 'viewer', organisationId: null }]);
    const page = decodeEntities((await pages.get(`/alliances/${api.demo.allianceId}/finance/bases`)).body);
    expect(page).toContain('Resumes version 1 after version 2');
    expect(page).not.toContain('No cost-sharing basis governs some years');
  });

  it('refuses a version that cannot split the default, saying why', async () => {
    const { demo, finance } = api;
    const refused = await finance.post(`/api/v1/alliances/${demo.allianceId}/finance/bases`, {
      label: 'Starts with the default',
      basis: {
        kind: 'fixed',
        percentages: [
          { organisationId: demo.forceId('Devon & Cornwall Police'), percentage: 50 },
          { organisationId: demo.forceId('Dorset Police'), percentage: 50 },
        ],
      },
      effectiveFrom: '2019-04-01',
      effectiveTo: '2020-03-31',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details).toContainEqual({
      field: 'effectiveFrom',
      message:
        'The dates overlap version 3, in effect from 1 April 2019: it cannot be split, because a version can interrupt it only by starting after 1 April 2019',
    });
  });
});
