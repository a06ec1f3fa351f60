import type { Expr } from "../expr/expr";
import { FIELD_IDS, type CommuneRecord, emptyRecord, fieldDefinition } from "../record/fields";
import { RATIOS } from "../ratios/catalogue";
import { ARITHMETIC_RULES, RULES, fieldsOfRule, isCountRule } from "./rules";
import { fillTemplate } from "./wording";

const operators = (expr: Expr): string[] =>
  expr.op === "field" || expr.op === "const" ? [] : [expr.op, ...operators(expr.left), ...operators(expr.right)];

describe("rule catalogue", () => {
  it("gives every rule a distinct id", () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  it("names in its findings every field a balance or exceeds rule reads, and for a stated percentage the stated fields", () => {
    for (const rule of ARITHMETIC_RULES) {
      expect([...rule.fields].sort()).toEqual(rule.kind === "stated-percent" ? [...rule.tolerance].sort() : fieldsOfRule(rule).sort());
    }
  });

  it("keeps count rules linear, so the wrong figure can be located", () => {
    const countRules = RULES.filter(isCountRule);
    expect(countRules.length).toBeGreaterThanOrEqual(17);
    for (const rule of countRules) {
      for (const reading of rule.readings)
        expect([...operators(reading.left), ...operators(reading.right)].every((op) => op === "+" || op === "-")).toBe(true);
    }
  });

  it("covers every part of a whole, every balance and every stated percentage", () => {
    const exceeds = RULES.filter((r) => r.kind === "exceeds").map((r) => r.fields.slice(0, 2).join("≤"));
    for (const pair of [
      "receivedOnline≤received",
      "receivedDirect≤received",
      "resolvedOnTime≤resolved",
      "resolvedLate≤resolved",
      "resolved≤received",
      "pending≤received",
      "pendingOverdue≤pending",
      "civilServantPresent≤civilServantQuota",
      "publicEmployeePresent≤publicEmployeeQuota",
      "autonomousUnits≤publicServiceUnits",
      "nq57Completed≤nq57Total",
      "vneidActivated≤vneidTotal",
      "orgEidIssued≤orgEidTotal",
    ])
      expect(exceeds).toContain(pair);
    expect(RULES.filter((r) => r.kind === "balance").map((r) => r.id)).toEqual([
      "balance-intake",
      "balance-resolution",
      "balance-processing",
      "balance-nq57",
    ]);
    const statedFields = FIELD_IDS.filter((id) => fieldDefinition(id).kind === "percent");
    for (const id of statedFields) {
      expect(RATIOS.some((r) => r.stated === id)).toBe(true);
      expect(ARITHMETIC_RULES.some((r) => r.kind === "stated-percent" && r.fields.length === 1 && r.fields[0] === id)).toBe(true);
      expect(ARITHMETIC_RULES.some((r) => r.kind === "exceeds" && r.fields.length === 1 && r.fields[0] === id)).toBe(true);
    }
  });

  it("refers only to rules that exist", () => {
    const ids = new Set(RULES.map((r) => r.id));
    for (const rule of ARITHMETIC_RULES) for (const id of rule.subsumedBy) expect(ids.has(id)).toBe(true);
  });

  it("has message templates whose every placeholder can be filled", () => {
    const full: CommuneRecord = Object.fromEntries(
      FIELD_IDS.map((id) => [id, fieldDefinition(id).kind === "date" ? "2025-10-01" : 7]),
    ) as CommuneRecord;
    const computed = [
      "left",
      "right",
      "numerator",
      "denominator",
      "computed",
      "exact",
      "rate",
      "missing",
      "noticeDate",
      "document",
      "firstDate",
      "secondDate",
      "lower",
      "lowerDate",
      "higher",
      "higherDate",
    ];
    const extra = Object.fromEntries(computed.map((name) => [name, "x"]));
    for (const rule of RULES) {
      const templates = [rule.message, ...("truncatedMessage" in rule && rule.truncatedMessage ? [rule.truncatedMessage] : [])];
      for (const template of templates) expect(fillTemplate(template, full, extra)).not.toMatch(/[{}[\]]/);
    }
    expect(fillTemplate(RULES[0]?.message ?? "", emptyRecord())).toContain("…");
  });
});
