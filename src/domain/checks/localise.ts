/**
 * Which figure is most likely wrong (error localisation in the Fellegi–Holt sense, as R's
 * errorlocate does): the smallest sets of stated counts whose change would satisfy every count
 * rule of the record. With few rules and fields, sets of one field and then of two are tried,
 * solving the rules' linear equalities and inequalities for the changed fields.
 */
import type { Expr } from "../expr/expr";
import { type CommuneRecord, type FieldId, numberOf } from "../record/fields";
import { EPSILON } from "./precision";
import type { ArithmeticRule } from "./rules";
import { withOptionalZeros } from "./arithmetic";

/** Σ coefficients·variables + constant, compared with 0. */
interface LinearConstraint {
  readonly coefficients: readonly number[];
  readonly constant: number;
  readonly relation: "=" | "<=";
}

/** The values one field may take, alone, to make every rule hold: from min to max (max undefined: no upper bound). */
export interface FieldRange {
  readonly field: FieldId;
  readonly min: number;
  readonly max: number | undefined;
}

export interface Localisation {
  /** Every smallest set of fields whose change suffices; empty when no set of up to two fields does. */
  readonly sets: readonly (readonly FieldId[])[];
  /** For each set of one field: the whole numbers that make the figures consistent (one range per reading of the report). */
  readonly ranges: readonly FieldRange[];
}

const MAX_SET_SIZE = 2;

/** The expression as coefficients of the variables plus a constant; the other fields take their values. */
function linearise(expr: Expr, record: CommuneRecord, variables: readonly FieldId[]): { coefficients: number[]; constant: number } {
  switch (expr.op) {
    case "field": {
      const index = variables.indexOf(expr.id);
      const coefficients = variables.map((_, i) => (i === index ? 1 : 0));
      return { coefficients, constant: index >= 0 ? 0 : (numberOf(record, expr.id) ?? 0) };
    }
    case "const":
      return { coefficients: variables.map(() => 0), constant: expr.value };
    case "+":
    case "-": {
      const sign = expr.op === "+" ? 1 : -1;
      const left = linearise(expr.left, record, variables);
      const right = linearise(expr.right, record, variables);
      return {
        coefficients: left.coefficients.map((c, i) => c + sign * (right.coefficients[i] ?? 0)),
        constant: left.constant + sign * right.constant,
      };
    }
    default:
      // Count rules are sums and differences only; a product or quotient here is a catalogue error.
      throw new Error(`count rules must be linear, found ${expr.op}`);
  }
}

/** A rule as its alternative linear constraints in the variables, or "always" when it holds whatever they are. */
function alternativesOf(rule: ArithmeticRule, record: CommuneRecord, variables: readonly FieldId[]): LinearConstraint[] | "always" {
  const filled = withOptionalZeros(rule, record);
  const alternatives: LinearConstraint[] = [];
  for (const reading of rule.readings) {
    const left = linearise(reading.left, filled, variables);
    const right = linearise(reading.right, filled, variables);
    const constraint: LinearConstraint = {
      coefficients: left.coefficients.map((c, i) => c - (right.coefficients[i] ?? 0)),
      constant: left.constant - right.constant,
      relation: reading.relation,
    };
    if (constraint.coefficients.every((c) => c === 0)) {
      if (satisfied(constraint, [])) return "always";
    } else {
      alternatives.push(constraint);
    }
  }
  return alternatives;
}

function satisfied(constraint: LinearConstraint, point: readonly number[]): boolean {
  const value = constraint.coefficients.reduce((total, c, i) => total + c * (point[i] ?? 0), constraint.constant);
  const slack = EPSILON * (1 + Math.abs(constraint.constant));
  return constraint.relation === "=" ? Math.abs(value) <= slack : value <= slack;
}

/** Every choice of one alternative per rule (readings with and without carried-over dossiers). */
function* choices(rules: readonly LinearConstraint[][]): Generator<LinearConstraint[]> {
  const [first, ...rest] = rules;
  if (!first) {
    yield [];
    return;
  }
  for (const constraint of first) for (const tail of choices(rest)) yield [constraint, ...tail];
}

/** Whole numbers x ≥ 0 satisfying constraints in one variable: [min, max], or undefined when none. */
function integerInterval(constraints: readonly LinearConstraint[]): { min: number; max: number | undefined } | undefined {
  let low = 0;
  let high = Infinity;
  for (const { coefficients, constant, relation } of constraints) {
    const a = coefficients[0] ?? 0;
    const bound = -constant / a;
    if (relation === "=") {
      low = Math.max(low, bound);
      high = Math.min(high, bound);
    } else if (a > 0) {
      high = Math.min(high, bound);
    } else {
      low = Math.max(low, bound);
    }
  }
  const min = Math.max(0, Math.ceil(low - EPSILON));
  const max = high === Infinity ? undefined : Math.floor(high + EPSILON);
  return max === undefined || min <= max ? { min, max } : undefined;
}

/** Solves a square system by Gaussian elimination; undefined when it is singular. */
function solve(matrix: number[][], rhs: number[]): number[] | undefined {
  const n = rhs.length;
  const a = matrix.map((row, i) => [...row, rhs[i] as number]);
  for (let col = 0; col < n; col += 1) {
    let pivot = col;
    for (let row = col + 1; row < n; row += 1) if (Math.abs(a[row]![col]!) > Math.abs(a[pivot]![col]!)) pivot = row;
    if (Math.abs(a[pivot]![col]!) < 1e-12) return undefined;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    for (let row = 0; row < n; row += 1) {
      if (row === col) continue;
      const factor = a[row]![col]! / a[col]![col]!;
      for (let k = col; k <= n; k += 1) a[row]![k]! -= factor * a[col]![k]!;
    }
  }
  return a.map((row, i) => row[n]! / row[i]!);
}

function* subsetsOfSize<T>(items: readonly T[], size: number, start = 0): Generator<T[]> {
  if (size === 0) {
    yield [];
    return;
  }
  for (let i = start; i <= items.length - size; i += 1) {
    for (const rest of subsetsOfSize(items, size - 1, i + 1)) yield [items[i] as T, ...rest];
  }
}

/**
 * Whether real values ≥ 0 satisfy the constraints. The region lies in the non-negative orthant,
 * so when it is not empty it has a vertex: a point where as many independent constraints as
 * there are variables hold with equality.
 */
function feasible(constraints: readonly LinearConstraint[], dimension: number): boolean {
  const all: LinearConstraint[] = [
    ...constraints,
    ...Array.from({ length: dimension }, (_, i) => ({
      coefficients: Array.from({ length: dimension }, (_, j) => (i === j ? -1 : 0)),
      constant: 0,
      relation: "<=" as const,
    })),
  ];
  for (const active of subsetsOfSize(all, dimension)) {
    const point = solve(
      active.map((c) => [...c.coefficients]),
      active.map((c) => -c.constant),
    );
    if (point && all.every((c) => satisfied(c, point))) return true;
  }
  return false;
}

/**
 * The smallest sets of candidate fields whose change satisfies every rule given (the count
 * rules of one connected group, all available on the record).
 */
export function localise(rules: readonly ArithmeticRule[], record: CommuneRecord, candidates: readonly FieldId[]): Localisation {
  for (let size = 1; size <= MAX_SET_SIZE; size += 1) {
    const sets: FieldId[][] = [];
    const ranges: FieldRange[] = [];
    for (const variables of subsetsOfSize(candidates, size)) {
      const perRule = rules.map((rule) => alternativesOf(rule, record, variables)).filter((a): a is LinearConstraint[] => a !== "always");
      if (perRule.some((alternatives) => alternatives.length === 0)) continue;
      if (size === 1) {
        // Counts are whole numbers: one field alone must be fixable by a whole number.
        const field = variables[0] as FieldId;
        const intervals = [...choices(perRule)].map(integerInterval).filter((i) => i !== undefined);
        if (intervals.length === 0) continue;
        sets.push(variables);
        for (const { min, max } of intervals) {
          if (!ranges.some((r) => r.field === field && r.min === min && r.max === max)) ranges.push({ field, min, max });
        }
      } else if ([...choices(perRule)].some((constraints) => feasible(constraints, size))) {
        sets.push(variables);
      }
    }
    if (sets.length > 0) return { sets, ranges };
  }
  return { sets: [], ranges: [] };
}
