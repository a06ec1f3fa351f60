/**
 * Arithmetic rules evaluated two ways with one meaning: on a record in TypeScript (pass / fail /
 * na) and as an Excel formula that gives TRUE when the rule fails, FALSE when it passes and ""
 * when it is not available, for flag columns that turn red as staff type.
 */
import { type CellReference, type Expr, divisorsOf, evaluate, toExcelArithmetic } from "../expr/expr";
import { type CommuneRecord, type FieldId, numberOf } from "../record/fields";
import { EPSILON, statedTolerance, statedToleranceFormula } from "./precision";
import { type ArithmeticRule, type Comparison, type Rule, fieldsOfRule, isArithmetic } from "./rules";

export type RuleStatus = "pass" | "fail" | "na";

/** The record with the rule's optional fields set to 0 where the report does not state them. */
export function withOptionalZeros(rule: ArithmeticRule, record: CommuneRecord): CommuneRecord {
  const filled: CommuneRecord = { ...record };
  for (const id of rule.optional) if (numberOf(record, id) === undefined) filled[id] = 0;
  return filled;
}

/** Both sides of every reading, or undefined when a required figure is missing or a divisor is 0. */
function sidesOf(rule: ArithmeticRule, record: CommuneRecord): { left: number; right: number }[] | undefined {
  const filled = withOptionalZeros(rule, record);
  const sides: { left: number; right: number }[] = [];
  for (const reading of rule.readings) {
    const left = evaluate(reading.left, filled);
    const right = evaluate(reading.right, filled);
    if (left === undefined || right === undefined) return undefined;
    sides.push({ left, right });
  }
  return sides;
}

/** The slack an equality allows: the summed precision of the stated percentages it involves. */
export function toleranceOf(rule: ArithmeticRule, record: CommuneRecord): number {
  return rule.tolerance.reduce((total, id) => total + statedTolerance(numberOf(record, id) ?? 0), 0);
}

function holds(relation: Comparison["relation"], left: number, right: number, tolerance: number): boolean {
  return relation === "=" ? Math.abs(left - right) <= tolerance + EPSILON : left <= right + EPSILON;
}

/** Whether every figure the rule needs is stated and no divisor is 0. */
export function isAvailable(rule: ArithmeticRule, record: CommuneRecord): boolean {
  return sidesOf(rule, record) !== undefined;
}

function isRedundant(rule: ArithmeticRule, record: CommuneRecord): boolean {
  const exacter = rule.redundantWhen ?? [];
  return exacter.length > 0 && exacter.every((other) => isAvailable(other, record));
}

export function ruleStatus(rule: ArithmeticRule, record: CommuneRecord): RuleStatus {
  const sides = sidesOf(rule, record);
  if (!sides || isRedundant(rule, record)) return "na";
  const tolerance = toleranceOf(rule, record);
  const anyHolds = rule.readings.some((reading, i) => {
    const side = sides[i] as { left: number; right: number };
    return holds(reading.relation, side.left, side.right, tolerance);
  });
  return anyHolds ? "pass" : "fail";
}

/** The two sides of the rule's first reading (the one messages quote), when available. */
export function firstReadingSides(rule: ArithmeticRule, record: CommuneRecord): { left: number; right: number } | undefined {
  return sidesOf(rule, record)?.[0];
}

const EXCEL_EPSILON = EPSILON.toFixed(12).replace(/0+$/, "");

/** A cell reference that reads an optional field as 0 when the cell holds no number. */
function optionalAsZero(rule: ArithmeticRule, ref: CellReference): CellReference {
  return (id: FieldId) => (rule.optional.includes(id) ? `IF(ISNUMBER(${ref(id)}),${ref(id)},0)` : ref(id));
}

/** The Excel condition under which the rule is available, as `isAvailable`; undefined when it always is. */
function availabilityFormula(rule: ArithmeticRule, ref: CellReference): string | undefined {
  const value = optionalAsZero(rule, ref);
  const required = fieldsOfRule(rule).filter((id) => !rule.optional.includes(id));
  const divisors = rule.readings.flatMap((r) => [...divisorsOf(r.left), ...divisorsOf(r.right)]);
  const numbers = required.map((id) => `ISNUMBER(${ref(id)})`);
  const nonZero = divisors.map((d) => `(${toExcelArithmetic(d, value)})<>0`);
  const all = (conditions: string[]): string => (conditions.length === 1 ? (conditions[0] as string) : `AND(${conditions.join(",")})`);
  if (numbers.length === 0) return nonZero.length === 0 ? undefined : all(nonZero);
  // Divisors are tested only once every figure is a number, so text in a cell cannot raise #VALUE!.
  return nonZero.length === 0 ? all(numbers) : `IF(${all(numbers)},${all(nonZero)},FALSE())`;
}

/**
 * A formula (without "=") that is TRUE when the rule fails, FALSE when it passes and "" when it
 * is not available, with the same tolerance as `ruleStatus`; undefined for rules that are not
 * arithmetic (missing figures, dates, document numbers), which a cell formula does not check.
 */
export function ruleFlagFormula(rule: Rule, ref: CellReference): string | undefined {
  if (!isArithmetic(rule)) return undefined;
  const arithmetic = (expr: Expr): string => toExcelArithmetic(expr, optionalAsZero(rule, ref));
  const tolerance = [...rule.tolerance.map((id) => statedToleranceFormula(id, ref)), EXCEL_EPSILON].join("+");
  const readings = rule.readings.map(({ left, relation, right }) =>
    relation === "="
      ? `ABS(${arithmetic(left)}-(${arithmetic(right)}))<=${tolerance}`
      : `${arithmetic(left)}<=${arithmetic(right)}+${EXCEL_EPSILON}`,
  );
  const fails = readings.length === 1 ? `NOT(${readings[0]})` : `NOT(OR(${readings.join(",")}))`;
  const available = availabilityFormula(rule, ref);
  const own = available === undefined ? fails : `IF(${available},${fails},"")`;
  const exacter = (rule.redundantWhen ?? []).map((other) => availabilityFormula(other, ref) ?? "TRUE()");
  return exacter.length === 0 ? own : `IF(AND(${exacter.join(",")}),"",${own})`;
}
