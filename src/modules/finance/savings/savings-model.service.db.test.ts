import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../platform/clock.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import { basisForYear, type BasisDefinition } from '../cost-sharing/cost-sharing.domain.ts';
import { createFinanceRecordsService } from './finance-records.service.ts';
import { setUpDemoFinance, type DemoFinance } from '../finance-service.testing.ts';
import { createSavingsModelService, type SavingsModel } from './savings-model.service.ts';

let t: DemoFinance;
let model: SavingsModel;
const service = () => createSavingsModelService({ db: t.db, clock: t.clock });

beforeAll(async () => {
  t = await setUpDemoFinance();
  model = await service().model(t.allianceId);
});
afterAll(() => t.database.close());

describe('the whole alliance’s savings model', () => {
  it('splits every combined area-year’s cost exactly, each force saving its baseline less its contribution', () => {
    const combined = model.figures.filter((f) => f.combined);
    expect(combined.length).toBeGreaterThan(50);
    for (const figures of combined) {
      expect(figures.forces.reduce((sum, f) => sum + f.contribution, 0)).toBe(figures.targetCost);
      expect(figures.forces.reduce((sum, f) => sum + f.saving, 0)).toBe(figures.plannedSaving);
      for (const force of figures.forces) expect(force.saving).toBe(force.baseline - force.contribution);
    }
  });

  it('names, for every figure, the basis version that governed its year', () => {
    for (const figures of model.figures.filter((f) => f.combined)) {
      const governing = basisForYear(model.bases, figures.financialYear, figures.businessAreaId);
      expect(figures.basis).toEqual({
        id: governing?.id,
        label: governing?.label,
        versionNumber: governing?.versionNumber,
      });
    }
    const marine = (year: number) =>
      model.figures.find((f) => f.businessAreaId === t.areaId('Marine section') && f.financialYear === year);
    expect(marine(2015)?.combined).toBe(false);
    expect(marine(2016)?.basis?.label).toBe('Marine section: the split of its baselines');
    expect(marine(2016)?.forces.map((f) => f.sharePercent)).toEqual([40, 60]);
  });

  it('shows no saving for an area before it combines', () => {
    const ict2015 = model.figures.find(
      (f) => f.businessAreaId === t.areaId('ICT') && f.financialYear === 2015,
    );
    expect(ict2015).toMatchObject({ combined: false, plannedSaving: 0, basis: null });
    expect(ict2015?.forces.every((f) => f.saving === 0 && f.contribution === f.baseline)).toBe(true);
  });

  it('adds the forces’ lines up to the same totals as the area-years', () => {
    for (const year of model.years) {
      const inYear = model.figures.filter((f) => f.financialYear === year);
      const forces = model.forceLines.filter((l) => l.financialYear === year);
      expect(forces.reduce((sum, l) => sum + l.baseline, 0)).toBe(
        inYear.reduce((sum, f) => sum + f.baseline, 0),
      );
      expect(forces.reduce((sum, l) => sum + l.saving, 0)).toBe(
        inYear.reduce((sum, f) => sum + f.plannedSaving, 0),
      );
    }
  });

  it('counts the realised savings recorded, and forecasts an ended year at what was realised', async () => {
    const actuals = await createFinanceRecordsService({ db: t.db, clock: t.clock }).actuals(t.allianceId);
    const realised = actuals.reduce((sum, a) => sum + a.amount, 0);
    const during = model.yearLines.find((l) => l.financialYear === 2015);
    expect(model.currentYear).toBe(2015);
    expect(during?.realised).toBe(realised);
    expect(during?.forecast).toBe(during?.planned);
    const later = createSavingsModelService({ db: t.db, clock: fixedClock('2016-05-01T09:00:00Z') });
    const after = (await later.model(t.allianceId)).yearLines.find((l) => l.financialYear === 2015);
    const unreported = (await later.model(t.allianceId)).areaLines.filter(
      (l) => l.financialYear === 2015 && l.realised === 0,
    );
    expect(after?.forecast).toBe(realised + unreported.reduce((sum, l) => sum + l.planned, 0));
  });

  it('holds the alliance’s target and parties', () => {
    expect(model.alliance).toMatchObject({ id: t.allianceId, target: { amount: 12_000_000_00, year: 2017 } });
    expect(model.parties.map((p) => p.name)).toEqual(['Devon & Cornwall Police', 'Dorset Police']);
    expect(model.years).toEqual([2014, 2015, 2016, 2017, 2018, 2019]);
  });
});

describe('one area, a what-if, and the edges', () => {
  it('gives one area’s model alone', async () => {
    const dogs = t.areaId('Dogs');
    const area = await service().areaModel(dogs);
    expect(area.areas.map((a) => a.name)).toEqual(['Dogs']);
    expect(new Set(area.figures.map((f) => f.businessAreaId))).toEqual(new Set([dogs]));
    expect(area.figures).toEqual(model.figures.filter((f) => f.businessAreaId === dogs));
  });

  it('puts a what-if basis in place of the alliance’s, leaving the marine section’s own', async () => {
    const half: BasisDefinition = {
      kind: 'fixed',
      factors: model.parties.map((p) => ({ organisationId: p.organisationId, value: 5000 })),
    };
    const whatIf = await service().model(t.allianceId, {
      defaultOverride: { id: 'what-if', label: 'Half each', versionNumber: 0, definition: half },
    });
    const labels = new Set(whatIf.figures.filter((f) => f.combined).map((f) => f.basis?.label));
    expect(labels).toEqual(new Set(['Half each', 'Marine section: the split of its baselines']));
    const total = (m: SavingsModel) => m.figures.reduce((sum, f) => sum + f.plannedSaving, 0);
    expect(total(whatIf)).toBe(total(model));
  });

  it('gives an empty model for an alliance with no finance yet', async () => {
    const empty = await service().model(t.southWestId);
    expect(empty).toMatchObject({ figures: [], years: [], yearLines: [], forceLines: [], bases: [] });
    expect(empty.alliance.target).toBeNull();
    expect(empty.parties).toHaveLength(5);
  });

  it('answers not found for an alliance or area that does not exist', async () => {
    await expect(service().model(crypto.randomUUID())).rejects.toBeInstanceOf(NotFoundError);
    await expect(service().areaModel(crypto.randomUUID())).rejects.toBeInstanceOf(NotFoundError);
  });
});
