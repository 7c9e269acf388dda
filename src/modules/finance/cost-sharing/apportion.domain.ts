import { pence, type Pence } from '../../../platform/money.ts';

/** One party's claim on an amount: its weight, and the key that settles a tie. */
export interface Claim {
  readonly partyId: string;
  /** Breaks ties between equal remainders and equal weights: compared ignoring case, then as text, so never locale-dependent. */
  readonly tieKey: string;
  readonly weight: bigint;
}

export interface Portion {
  readonly partyId: string;
  readonly amount: Pence;
}

/**
 * The tie rule, stated once so the pages can show it word for word. Largest-remainder rounding
 * (Hamilton's method) gives each party the whole pence of its exact share, then hands the pence
 * left over, one each, to the parties with the largest remainders.
 */
export const TIE_RULE =
  'Each party gets the whole pence of its exact share. The pence left over go one each to the parties ' +
  'with the largest fractions of a penny; where fractions are equal, to the party with the larger ' +
  'share; where shares are equal too, to the party whose name comes first alphabetically.';

export class ApportionmentError extends RangeError {}

function compareRanking(
  a: { remainder: bigint; claim: Claim },
  b: { remainder: bigint; claim: Claim },
): number {
  if (a.remainder !== b.remainder) return a.remainder > b.remainder ? -1 : 1;
  if (a.claim.weight !== b.claim.weight) return a.claim.weight > b.claim.weight ? -1 : 1;
  const [nameA, nameB] = [a.claim.tieKey.toLowerCase(), b.claim.tieKey.toLowerCase()];
  if (nameA !== nameB) return nameA < nameB ? -1 : 1;
  if (a.claim.tieKey !== b.claim.tieKey) return a.claim.tieKey < b.claim.tieKey ? -1 : 1;
  return a.claim.partyId < b.claim.partyId ? -1 : a.claim.partyId > b.claim.partyId ? 1 : 0;
}

/** Splits a non-negative amount exactly: the portions always add up to the amount, to the penny. */
function apportionNonNegative(amount: bigint, claims: readonly Claim[]): Map<string, bigint> {
  const total = claims.reduce((sum, claim) => sum + claim.weight, 0n);
  const ranked = claims.map((claim) => {
    const product = amount * claim.weight;
    return { claim, whole: product / total, remainder: product % total };
  });
  let leftOver = amount - ranked.reduce((sum, r) => sum + r.whole, 0n);
  const result = new Map(ranked.map((r) => [r.claim.partyId, r.whole]));
  for (const r of [...ranked].sort(compareRanking)) {
    if (leftOver === 0n) break;
    result.set(r.claim.partyId, r.whole + 1n);
    leftOver -= 1n;
  }
  return result;
}

/**
 * Splits `amount` between the parties in proportion to their weights. A negative amount (a
 * refund, a saving that went backwards) is split as its size and given back negated, so the rule
 * is symmetric. Claims are returned in the order given.
 */
export function apportion(amount: Pence | bigint, claims: readonly Claim[]): Portion[] {
  if (claims.length === 0) throw new ApportionmentError('Nothing to split an amount between');
  if (claims.some((claim) => claim.weight < 0n)) throw new ApportionmentError('A weight is negative');
  if (new Set(claims.map((c) => c.partyId)).size !== claims.length) {
    throw new ApportionmentError('A party appears twice');
  }
  if (claims.every((claim) => claim.weight === 0n)) throw new ApportionmentError('Every weight is zero');
  const value = BigInt(amount);
  const negative = value < 0n;
  const split = apportionNonNegative(negative ? -value : value, claims);
  return claims.map((claim) => {
    const share = split.get(claim.partyId) ?? 0n;
    return { partyId: claim.partyId, amount: pence(Number(negative ? -share : share)) };
  });
}

export function sumPence(amounts: readonly (Pence | number)[]): Pence {
  return pence(amounts.reduce<number>((sum, value) => sum + value, 0));
}
