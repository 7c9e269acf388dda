import type { ChangeContext } from '../../../platform/context.ts';
import { formatFinancialYear, type FinancialYear, type IsoDate } from '../../../platform/dates.ts';
import { ConflictError, NotFoundError, ValidationError, type FieldError } from '../../../platform/errors.ts';
import { pence, type Pence } from '../../../platform/money.ts';
import { recordAudit } from '../../audit/index.ts';
import {
  basisForYear,
  describeBasis,
  type BasisDefinition,
  type Party,
} from '../cost-sharing/cost-sharing.domain.ts';
import {
  createCostSharingService,
  resolveInput,
  sharesOf,
  type PartyShare,
} from '../cost-sharing/cost-sharing.service.ts';
import * as repo from './what-if.repo.ts';
import type { Candidate, Scenario } from './what-if.repo.ts';
import { createSavingsModelService, type FinanceDeps } from '../savings/savings-model.service.ts';
import type { ForceYearLine } from '../savings/savings-trajectory.domain.ts';

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

  /** Each force's share, contribution and saving for the year, in the parties' order. */
  function forcesOf(
    lines: readonly ForceYearLine[] | undefined,
    definition: BasisDefinition | undefined,
    parties: readonly Party[],
  ): ForceOutcome[] {
    const shares = definition ? sharesOf(definition, parties) : [];
    return parties.map((p) => {
      const line = lines?.find((l) => l.organisationId === p.organisationId);
      return {
        organisationId: p.organisationId,
        name: p.name,
        sharePercent: shares.find((s) => s.organisationId === p.organisationId)?.sharePercent ?? 0,
        baseline: line?.baseline ?? pence(0),
        contribution: line?.contribution ?? pence(0),
        saving: line?.saving ?? pence(0),
      };
    });
  }

  /**
   * Each candidate's effect on every force for one year, beside the bases in use; nothing is
   * saved. Areas with their own basis keep it under every candidate.
   */
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
    const { parties, versions } = await costSharing.history(allianceId);
    const inUse = basisForYear(versions, year, null);
    const resolved = [];
    for (const candidate of candidates) {
      const { definition, problems } = await resolveInput(db, candidate.input, parties);
      resolved.push({ candidate, definition, problems, description: describeBasis(candidate.input) });
    }
    const usable = resolved.filter((r) => r.problems.length === 0);
    const overrides = usable.map((r) => ({
      id: 'what-if',
      label: r.candidate.label,
      versionNumber: 0,
      definition: r.definition,
    }));
    const [liveLines, ...candidateLines] = await models.forceTotalsUnder(allianceId, year, [
      undefined,
      ...overrides,
    ]);
    const live = {
      label: inUse ? `${inUse.label} (version ${inUse.versionNumber}, in use)` : 'No basis in use',
      description: inUse ? describeBasis(inUse.definition) : 'No basis is in effect on 1 April of this year',
      definition: inUse?.definition ?? null,
      problems: [],
      forces: forcesOf(liveLines, inUse?.definition, parties),
    };
    const results = resolved.map((r): CandidateOutcome => {
      const { label } = r.candidate;
      if (r.problems.length > 0)
        return { label, description: r.description, definition: null, problems: r.problems, forces: [] };
      const lines = candidateLines[usable.indexOf(r)];
      return {
        label,
        description: r.description,
        definition: r.definition,
        problems: [],
        forces: forcesOf(lines, r.definition, parties),
      };
    });
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
    if (scenario.adoptedBasisId !== null) {
      // One what-if, one decision: adopting it again would add a second version from the same comparison.
      throw new ConflictError(
        `"${scenario.name}" has already been adopted. Save a new comparison to adopt another basis.`,
      );
    }
    const candidate = scenario.candidates[choice.candidate];
    if (!candidate) throw new ValidationError([{ field: 'candidate', message: 'Select the basis to adopt' }]);
    return db.transaction(async (tx) => {
      const basis = await costSharing.addVersion(context, allianceId, {
        label: candidate.label,
        input: candidate.input,
        effectiveFrom: choice.effectiveFrom,
        reason: `Adopted from the what-if "${scenario.name}"`,
      });
      if (!(await repo.markAdopted(tx, id, basis.id))) {
        throw new ConflictError(`"${scenario.name}" was adopted by someone else a moment ago.`);
      }
      return basis;
    });
  }

  return { compare, save, list: (allianceId: string) => repo.scenariosOf(db, allianceId), get, adopt };
}

export type WhatIfService = ReturnType<typeof createWhatIfService>;
