/**
 * How precisely a report states a percentage, inferred from the value itself (the record keeps
 * numbers, not the text "38,50%"): 38.5 has one decimal, so it may differ from the true value by
 * up to 0.05. Given in TypeScript and as an Excel formula with the same result.
 */
import type { CellReference } from "../expr/expr";
import type { FieldId } from "../record/fields";

/** Beyond this many decimals a stated value is taken as stated to this many. */
export const MAX_STATED_DECIMALS = 4;

/** Slack for floating-point arithmetic in every comparison, in TypeScript and in Excel alike. */
export const EPSILON = 1e-9;

/** Decimals of the shortest representation of the value (93.17 → 2, 4.5 → 1, 100 → 0), at most MAX_STATED_DECIMALS. */
export function statedDecimals(value: number): number {
  for (let decimals = 0; decimals < MAX_STATED_DECIMALS; decimals += 1) {
    if (roundTo(value, decimals) === value) return decimals;
  }
  return MAX_STATED_DECIMALS;
}

export function roundTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}

/** The value cut (not rounded) to the given decimals: 88.476 → 88.47. */
export function truncateTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  // The small nudge keeps 63.1 * 10 = 631.0000000001 or 630.9999999 from landing on the wrong side.
  return Math.trunc(value * scale + Math.sign(value) * EPSILON) / scale;
}

/** Half a unit of the last of so many decimals: 0.05 for one (written 5 / 10^(d+1) so it prints exactly). */
function halfUnit(decimals: number): number {
  return 5 / 10 ** (decimals + 1);
}

/** Half a unit of the last stated decimal: 0.05 for 38.5. */
export function statedTolerance(value: number): number {
  return halfUnit(statedDecimals(value));
}

/** The same tolerance as an Excel expression over the cell holding the stated value. */
export function statedToleranceFormula(id: FieldId, ref: CellReference): string {
  const cell = ref(id);
  let formula = String(halfUnit(MAX_STATED_DECIMALS));
  for (let decimals = MAX_STATED_DECIMALS - 1; decimals >= 0; decimals -= 1) {
    formula = `IF(ROUND(${cell},${decimals})=${cell},${halfUnit(decimals)},${formula})`;
  }
  return formula;
}
