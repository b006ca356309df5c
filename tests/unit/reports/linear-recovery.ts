/**
 * An attacker written independently of the suppression code: given linear equations over the hidden
 * counts (every published relation of a table), which hidden counts does the system pin down?
 * Gaussian elimination over exact fractions (bigint) so rounding cannot hide a recovery.
 */
type Fraction = { n: bigint; d: bigint };
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
const make = (n: bigint, d: bigint): Fraction => {
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d) || 1n;
  return { n: n / g, d: d / g };
};
const sub = (a: Fraction, b: Fraction) => make(a.n * b.d - b.n * a.d, a.d * b.d);
const mul = (a: Fraction, b: Fraction) => make(a.n * b.n, a.d * b.d);
const div = (a: Fraction, b: Fraction) => make(a.n * b.d, a.d * b.n);

/** Each equation: coefficients over the unknowns (indices 0..unknowns-1). Returns the rank. */
function rank(rows: number[][], unknowns: number): number {
  const matrix = rows.map((row) => row.map((value) => make(BigInt(value), 1n)));
  let rankFound = 0;
  for (let column = 0; column < unknowns && rankFound < matrix.length; column += 1) {
    const pivot = matrix.findIndex((row, index) => index >= rankFound && row[column]!.n !== 0n);
    if (pivot < 0) continue;
    [matrix[rankFound], matrix[pivot]] = [matrix[pivot]!, matrix[rankFound]!];
    const pivotRow = matrix[rankFound]!;
    for (let other = 0; other < matrix.length; other += 1) {
      if (other === rankFound || matrix[other]![column]!.n === 0n) continue;
      const factor = div(matrix[other]![column]!, pivotRow[column]!);
      matrix[other] = matrix[other]!.map((value, index) => sub(value, mul(factor, pivotRow[index]!)));
    }
    rankFound += 1;
  }
  return rankFound;
}

/** Indices of unknowns whose value the equations determine uniquely. */
export function determinedUnknowns(equations: number[][], unknowns: number): number[] {
  const base = rank(equations, unknowns);
  const determined: number[] = [];
  for (let index = 0; index < unknowns; index += 1) {
    const probe = Array.from({ length: unknowns }, (_, i) => (i === index ? 1 : 0));
    if (rank([...equations, probe], unknowns) === base) determined.push(index);
  }
  return determined;
}
