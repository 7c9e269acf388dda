import { formatMoney } from '../../../platform/money.ts';
import { sumPence } from '../cost-sharing/apportion.domain.ts';
import { percentText } from '../cost-sharing/cost-sharing.views.ts';
import type { CandidateOutcome, Comparison } from './what-if.service.ts';

/** A what-if comparison as the page shows it: one table per force, the bases side by side. */

export interface ComparisonColumn {
  readonly label: string;
  readonly description: string;
}

export interface ComparisonTable {
  readonly caption: string;
  readonly rows: readonly { readonly label: string; readonly cells: readonly string[] }[];
}

export interface ComparisonView {
  readonly columns: readonly ComparisonColumn[];
  readonly tables: readonly ComparisonTable[];
  /** Candidates the rules refused, with why: shown as text, as they cannot be compared. */
  readonly refused: readonly { readonly label: string; readonly problems: readonly string[] }[];
}

/** "£1,234.56 more", "£1,234.56 less" or "No change": what a force pays beside the live basis. */
export function differenceText(difference: number): string {
  if (difference === 0) return 'No change';
  return `${formatMoney(Math.abs(difference))} ${difference > 0 ? 'more' : 'less'}`;
}

function forceTable(index: number, name: string, outcomes: readonly CandidateOutcome[]): ComparisonTable {
  const force = (o: CandidateOutcome) => o.forces[index];
  const live = outcomes[0] && force(outcomes[0]);
  return {
    caption: name,
    rows: [
      { label: 'Share', cells: outcomes.map((o) => percentText(force(o)?.sharePercent ?? 0)) },
      { label: 'Contribution', cells: outcomes.map((o) => formatMoney(force(o)?.contribution ?? 0)) },
      { label: 'Saving', cells: outcomes.map((o) => formatMoney(force(o)?.saving ?? 0)) },
      {
        label: 'Pays, beside the live basis',
        cells: outcomes.map((o, column) =>
          column === 0
            ? 'The live basis'
            : differenceText((force(o)?.contribution ?? 0) - (live?.contribution ?? 0)),
        ),
      },
    ],
  };
}

function allForcesTable(outcomes: readonly CandidateOutcome[]): ComparisonTable {
  const total = (o: CandidateOutcome, pick: 'contribution' | 'saving') =>
    sumPence(o.forces.map((f) => f[pick]));
  return {
    caption: 'All forces',
    rows: [
      { label: 'Contribution', cells: outcomes.map((o) => formatMoney(total(o, 'contribution'))) },
      { label: 'Saving', cells: outcomes.map((o) => formatMoney(total(o, 'saving'))) },
    ],
  };
}

export function comparisonView(comparison: Comparison): ComparisonView {
  const usable = comparison.candidates.filter((c) => c.problems.length === 0);
  const outcomes = [comparison.live, ...usable];
  return {
    columns: outcomes.map((o) => ({ label: o.label, description: o.description })),
    tables: [
      ...comparison.parties.map((party, index) => forceTable(index, party.name, outcomes)),
      allForcesTable(outcomes),
    ],
    refused: comparison.candidates
      .filter((c) => c.problems.length > 0)
      .map((c) => ({ label: c.label, problems: c.problems.map((p) => p.message) })),
  };
}
