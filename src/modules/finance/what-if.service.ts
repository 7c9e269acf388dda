import type { ChangeContext } from '../../platform/context.ts';
import { formatFinancialYear, type FinancialYear, type IsoDate } from '../../platform/dates.ts';
import { NotFoundError, ValidationError, type FieldError } from '../../platform/errors.ts';
import { pence, type Pence } from '../../platform/money.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { basisForYear, describeBasis, type BasisDefinition, type Party } from './cost-sharing.domain.ts';
import { createCostSharingService, resolveInput, sharesOf, type PartyShare } from './cost-sharing.service.ts';
import * as repo from './what-if.repo.ts';
import type { Candidate, Scenario } from './what-if.repo.ts';
import { createSavingsModelService, type FinanceDeps } from './savings-model.service.ts';

export type { Candidate, Scenario };

export interface ForceOutcome extends PartyShare {
  readonly baseline: Pence;
  readonly contribution: Pence;
  readonly saving: Pence;
}

export interface CandidateOutcome {
  readonly label: string;
  readonly description: string;
  readonly definition: BasisDefinition | null;
  readonly problems: readonly FieldError[];
  readonly forces: readonly ForceOutcome[];
}

export interface Comparison {
  readonly financialYear: FinancialYear;
  readonly parties: readonly Party[];
  readonly live: CandidateOutcome;
  readonly candidates: readonly CandidateOutcome[];
}

const MAX_CANDIDATES = 6;

export function createWhatIfService(deps: FinanceDeps) {
  const { db } = deps;
  const models = createSavingsModelService(deps);
  const costSharing = createCostSharingService(deps);

  async function outcome(
    allianceId: string,
    year: FinancialYear,
    label: string,
    definition: BasisDefinition | undefined,
    parties: readonly Party[],
  ): Promise<Omit<CandidateOutcome, 'problems' | 'description'>> {
    const override = definition && { id: 'what-if', label, versionNumber: 0, definition };
    const model = await models.model(allianceId, override ? { defaultOverride: override } : {});
    const lines = model.forceLines.filter((l) => l.financialYear === year);
    const shares = definition ? sharesOf(definition, parties) : [];
    const forces = parties.map((p) => {
      const line = lines.find((l) => l.organisationId === p.organisationId);
      const share = shares.find((s) => s.organisationId === p.organisationId);
      return {
        organisationId: p.organisationId,
        name: p.name,
        sharePercent: share?.sharePercent ?? 0,
        baseline: line?.baseline ?? pence(0),
        contribution: line?.contribution ?? pence(0),
        saving: line?.saving ?? pence(0),
      };
    });
    return { label, definition: definition ?? null, forces };
  }

  /** Each candidate's effect on every force for one year, beside the live basis; nothing is saved. */
  async function compare(
    allianceId: string,
    year: FinancialYear,
    candidates: readonly Candidate[],
  ): Promise<Comparison> {
    if (candidates.length > MAX_CANDIDATES) {
      throw new ValidationError([
        { field: 'candidates', message: `Compare at most ${MAX_CANDIDATES} bases at once` },
      ]);
    }
    const parties = await costSharing.parties(allianceId);
    const { versions } = await costSharing.history(allianceId);
    const inUse = basisForYear(versions, year, null);
    const liveOutcome = await outcome(
      allianceId,
      year,
      inUse?.label ?? 'No basis in use',
      inUse?.definition,
      parties,
    );
    const live = {
      ...liveOutcome,
      label: inUse ? `${inUse.label} (version ${inUse.versionNumber}, in use)` : 'No basis in use',
      description: inUse ? describeBasis(inUse.definition) : 'No basis is in effect on 1 April of this year',
      problems: [],
    };
    const results: CandidateOutcome[] = [];
    for (const candidate of candidates) {
      const { definition, problems } = await resolveInput(db, candidate.input, parties);
      const description = describeBasis(candidate.input);
      if (problems.length > 0) {
        results.push({ label: candidate.label, description, definition: null, problems, forces: [] });
        continue;
      }
      const result = await outcome(allianceId, year, candidate.label, definition, parties);
      results.push({ ...result, description, problems });
    }
    return { financialYear: year, parties, live, candidates: results };
  }

  async function save(
    context: ChangeContext,
    allianceId: string,
    input: { name: string; financialYear: FinancialYear; candidates: readonly Candidate[] },
  ): Promise<Scenario> {
    const comparison = await compare(allianceId, input.financialYear, input.candidates);
    const problems = comparison.candidates.flatMap((c, i) =>
      c.problems.map((p) => ({ ...p, field: `candidates.${i}.${p.field}` })),
    );
    if (input.candidates.length === 0)
      problems.push({ field: 'candidates', message: 'Add at least one basis to compare' });
    if (problems.length > 0) throw new ValidationError(problems);
    return db.transaction(async (tx) => {
      const scenario = {
        id: crypto.randomUUID(),
        allianceId,
        ...input,
        candidates: [...input.candidates],
        adoptedBasisId: null,
        createdAt: context.now,
      };
      await repo.insertScenario(tx, scenario);
      await recordAudit(tx, context, {
        entityType: 'alliance',
        entityId: allianceId,
        summary: `Saved the what-if "${input.name}" for ${formatFinancialYear(input.financialYear)}`,
        after: scenario,
      });
      return scenario;
    });
  }

  async function get(allianceId: string, id: string): Promise<Scenario> {
    const scenario = await repo.findScenario(db, allianceId, id);
    if (!scenario) throw new NotFoundError('What-if not found');
    return scenario;
  }

  /** Adopts one candidate of a saved what-if as the alliance's next basis version. */
  async function adopt(
    context: ChangeContext,
    allianceId: string,
    id: string,
    choice: { candidate: number; effectiveFrom: IsoDate },
  ) {
    const scenario = await get(allianceId, id);
    const candidate = scenario.candidates[choice.candidate];
    if (!candidate) throw new ValidationError([{ field: 'candidate', message: 'Select the basis to adopt' }]);
    return db.transaction(async (tx) => {
      const basis = await createCostSharingService({ db: tx, clock: deps.clock }).addVersion(
        context,
        allianceId,
        {
          label: candidate.label,
          input: candidate.input,
          effectiveFrom: choice.effectiveFrom,
          reason: `Adopted from the what-if "${scenario.name}"`,
        },
      );
      await repo.markAdopted(tx, id, basis.id);
      return basis;
    });
  }

  return { compare, save, list: (allianceId: string) => repo.scenariosOf(db, allianceId), get, adopt };
}

export type WhatIfService = ReturnType<typeof createWhatIfService>;
