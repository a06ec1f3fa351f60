/**
 * Arithmetic over record fields, declared once and rendered for every back-end: evaluated in
 * TypeScript on a record, or written as an Excel formula over the cells that hold the fields.
 * Both renderings give "no value" under the same conditions (a field missing, a divisor 0),
 * so a ratio never shows NaN, Infinity or #DIV/0!.
 */
import { type CommuneRecord, type FieldId, numberOf } from "../record/fields";

export type Expr =
  | { readonly op: "field"; readonly id: FieldId }
  | { readonly op: "const"; readonly value: number }
  | { readonly op: "+" | "-" | "*" | "/"; readonly left: Expr; readonly right: Expr };

export const field = (id: FieldId): Expr => ({ op: "field", id });
export const constant = (value: number): Expr => ({ op: "const", value });

function chain(op: "+" | "-" | "*", terms: readonly Expr[]): Expr {
  const [first, ...rest] = terms;
  if (!first) throw new Error(`${op} needs at least one term`);
  return rest.reduce<Expr>((left, right) => ({ op, left, right }), first);
}
export const sum = (...terms: readonly Expr[]): Expr => chain("+", terms);
export const product = (...terms: readonly Expr[]): Expr => chain("*", terms);
export const difference = (left: Expr, right: Expr): Expr => ({ op: "-", left, right });
export const quotient = (left: Expr, right: Expr): Expr => ({ op: "/", left, right });

/** Every field an expression reads, in order of first use. */
export function fieldsOf(expr: Expr): FieldId[] {
  const seen: FieldId[] = [];
  const visit = (e: Expr): void => {
    if (e.op === "field") {
      if (!seen.includes(e.id)) seen.push(e.id);
    } else if (e.op !== "const") {
      visit(e.left);
      visit(e.right);
    }
  };
  visit(expr);
  return seen;
}

/** Every divisor in an expression: where a zero makes the whole undefined. */
export function divisorsOf(expr: Expr): Expr[] {
  if (expr.op === "field" || expr.op === "const") return [];
  const own = expr.op === "/" ? [expr.right] : [];
  return [...divisorsOf(expr.left), ...divisorsOf(expr.right), ...own];
}

/** The value on a record; undefined when a field is missing or a divisor is zero. */
export function evaluate(expr: Expr, record: CommuneRecord): number | undefined {
  switch (expr.op) {
    case "field":
      return numberOf(record, expr.id);
    case "const":
      return expr.value;
    default: {
      const left = evaluate(expr.left, record);
      const right = evaluate(expr.right, record);
      if (left === undefined || right === undefined) return undefined;
      switch (expr.op) {
        case "+":
          return left + right;
        case "-":
          return left - right;
        case "*":
          return left * right;
        case "/":
          return right === 0 ? undefined : left / right;
      }
    }
  }
}

/** Maps a field to the cell that holds it, e.g. `received` → `D2` or `[@[Hồ sơ tiếp nhận]]`. */
export type CellReference = (id: FieldId) => string;

const PRECEDENCE = { "+": 1, "-": 1, "*": 2, "/": 2 } as const;

/** The bare arithmetic in Excel syntax, parenthesised only where precedence needs it. */
export function toExcelArithmetic(expr: Expr, ref: CellReference): string {
  switch (expr.op) {
    case "field":
      return ref(expr.id);
    case "const":
      return String(expr.value);
    default: {
      const wrap = (child: Expr, rightSide: boolean): string => {
        const text = toExcelArithmetic(child, ref);
        if (child.op === "field" || child.op === "const") return text;
        const tighter = PRECEDENCE[child.op] > PRECEDENCE[expr.op];
        const same = PRECEDENCE[child.op] === PRECEDENCE[expr.op];
        // a - (b - c) and a / (b * c) keep their brackets; a + b - c does not need them.
        return tighter || (same && !rightSide) || (same && rightSide && (expr.op === "+" || expr.op === "*")) ? text : `(${text})`;
      };
      return `${wrap(expr.left, false)}${expr.op}${wrap(expr.right, true)}`;
    }
  }
}

/**
 * The condition under which the expression has a value, in Excel syntax: every field a
 * number and every divisor non-zero. Undefined-in-TypeScript is exactly FALSE here.
 */
export function toExcelDefinedCondition(expr: Expr, ref: CellReference): string {
  const checks = [
    ...fieldsOf(expr).map((id) => `ISNUMBER(${ref(id)})`),
    ...divisorsOf(expr).map((d) => `(${toExcelArithmetic(d, ref)})<>0`),
  ];
  if (checks.length === 0) return "TRUE";
  return checks.length === 1 ? (checks[0] as string) : `AND(${checks.join(",")})`;
}

/** A formula (without the leading "=") that gives the value, or "" where TypeScript gives undefined. */
export function toExcelFormula(expr: Expr, ref: CellReference): string {
  return `IF(${toExcelDefinedCondition(expr, ref)},${toExcelArithmetic(expr, ref)},"")`;
}
