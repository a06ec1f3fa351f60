import fc from "fast-check";
import { formulaSheet, rowReference } from "../../../test/support/formulaSheet";
import { noisyRecord } from "../../../test/support/records";
import { type CommuneRecord, emptyRecord } from "../record/fields";
import { ruleFlagFormula, ruleStatus } from "./arithmetic";
import { ARITHMETIC_RULES, type ArithmeticRule, RULES, type Rule, ruleById } from "./rules";

const recordWith = (values: Partial<CommuneRecord>): CommuneRecord => ({ ...emptyRecord(), ...values });
const rule = (id: string): ArithmeticRule => ruleById(id) as ArithmeticRule;

describe("arithmetic rules in TypeScript", () => {
  it("balance: pass, fail, and na when a required figure is missing", () => {
    const resolution = rule("balance-resolution");
    expect(ruleStatus(resolution, recordWith({ resolved: 100, resolvedOnTime: 96, resolvedLate: 4 }))).toBe("pass");
    expect(ruleStatus(resolution, recordWith({ resolved: 100, resolvedOnTime: 96, resolvedLate: 5 }))).toBe("fail");
    expect(ruleStatus(resolution, recordWith({ resolved: 100, resolvedOnTime: 96 }))).toBe("na");
  });

  it("balance: withdrawn counts as 0 when not stated; when stated it may be added or already inside resolved", () => {
    const processing = rule("balance-processing");
    expect(ruleStatus(processing, recordWith({ received: 50, resolved: 40, pending: 10 }))).toBe("pass");
    expect(ruleStatus(processing, recordWith({ received: 50, resolved: 40, pending: 8, withdrawn: 2 }))).toBe("pass");
    expect(ruleStatus(processing, recordWith({ received: 50, resolved: 40, pending: 10, withdrawn: 2 }))).toBe("pass");
    expect(ruleStatus(processing, recordWith({ received: 50, resolved: 40, pending: 11, withdrawn: 2 }))).toBe("fail");
    expect(ruleStatus(processing, recordWith({ received: 50, resolved: 40, pending: 7, withdrawn: 2 }))).toBe("fail");
  });

  it("balance: dossiers carried over may be inside received or added to it", () => {
    const intake = rule("balance-intake");
    const processing = rule("balance-processing");
    // Carried inside received: 30 + 15 + 5 = 50 received, of which 45 + 5 are processed.
    const inside = recordWith({ received: 50, receivedOnline: 30, receivedDirect: 15, carriedOver: 5, resolved: 45, pending: 5 });
    expect(ruleStatus(intake, inside)).toBe("pass");
    expect(ruleStatus(processing, inside)).toBe("pass");
    // Carried added: 45 received plus 5 carried over, 50 processed.
    const added = recordWith({ received: 45, receivedOnline: 30, receivedDirect: 15, carriedOver: 5, resolved: 45, pending: 5 });
    expect(ruleStatus(intake, added)).toBe("pass");
    expect(ruleStatus(processing, added)).toBe("pass");
    // Neither reading: 30 + 15 is neither 47 nor 47 − 5.
    expect(ruleStatus(intake, { ...added, received: 47 })).toBe("fail");
  });

  it("exceeds: a part larger than its whole fails, equal passes", () => {
    const org = rule("exceeds-orgEidIssued");
    expect(ruleStatus(org, recordWith({ orgEidIssued: 23, orgEidTotal: 22 }))).toBe("fail");
    expect(ruleStatus(org, recordWith({ orgEidIssued: 22, orgEidTotal: 22 }))).toBe("pass");
    expect(ruleStatus(org, recordWith({ orgEidIssued: 22 }))).toBe("na");
    expect(ruleStatus(rule("exceeds-vneidRateStated"), recordWith({ vneidRateStated: 100.01 }))).toBe("fail");
    expect(ruleStatus(rule("exceeds-vneidRateStated"), recordWith({ vneidRateStated: 100 }))).toBe("pass");
    expect(ruleStatus(rule("exceeds-resolved"), recordWith({ received: 40, carriedOver: 5, resolved: 45 }))).toBe("pass");
    expect(ruleStatus(rule("exceeds-resolved"), recordWith({ received: 40, resolved: 45 }))).toBe("fail");
  });

  it("stated percent: tolerance follows the decimals stated", () => {
    const direct = rule("stated-percent-directShare");
    const counts = { received: 1000, receivedDirect: 528 }; // 52,8%
    expect(ruleStatus(direct, recordWith({ ...counts, directShareStated: 52.8 }))).toBe("pass");
    expect(ruleStatus(direct, recordWith({ ...counts, directShareStated: 53 }))).toBe("pass"); // stated as a whole number
    expect(ruleStatus(direct, recordWith({ ...counts, directShareStated: 52.7 }))).toBe("fail");
    expect(ruleStatus(direct, recordWith({ ...counts, directShareStated: 52.81 }))).toBe("fail");
    expect(ruleStatus(direct, recordWith({ received: 0, receivedDirect: 0, directShareStated: 0 }))).toBe("na");
    expect(ruleStatus(direct, recordWith({ directShareStated: 52.8 }))).toBe("na");
  });

  it("stated shares must add up to 100% only when their counts cannot settle it", () => {
    const sum = rule("stated-sum-intake");
    expect(ruleStatus(sum, recordWith({ onlineShareStated: 47.2, directShareStated: 52.8 }))).toBe("pass");
    expect(ruleStatus(sum, recordWith({ onlineShareStated: 47.2, directShareStated: 52.9 }))).toBe("pass"); // 0,1 within 0,05 + 0,05
    expect(ruleStatus(sum, recordWith({ onlineShareStated: 47.2, directShareStated: 51.8 }))).toBe("fail");
    expect(ruleStatus(sum, recordWith({ onlineShareStated: 47.2 }))).toBe("na");
    // With every count stated each share is checked exactly instead.
    const counted = { received: 100, receivedOnline: 40, receivedDirect: 50, carriedOver: 10 };
    expect(ruleStatus(sum, recordWith({ ...counted, onlineShareStated: 40, directShareStated: 50 }))).toBe("na");
  });
});

describe("arithmetic rules as Excel flag formulas", () => {
  it("reads an optional field as 0 and quotes the tolerance", () => {
    const formula = ruleFlagFormula(rule("balance-processing"), (id) => `[@${id}]`);
    expect(formula).toContain("IF(ISNUMBER([@withdrawn]),[@withdrawn],0)");
    expect(formula?.startsWith("IF(AND(ISNUMBER([@resolved]),ISNUMBER([@pending]),ISNUMBER([@received])),")).toBe(true);
    expect(ruleFlagFormula(rule("stated-percent-onTimeRate"), (id) => `[@${id}]`)).toContain("ROUND([@onTimeRateStated],2)");
    expect(ruleFlagFormula(RULES.find((r) => r.kind === "missing") as Rule, (id) => `[@${id}]`)).toBeUndefined();
  });

  it("gives in a real formula engine the verdict TypeScript gives, on any record", () => {
    const sheet = formulaSheet(ARITHMETIC_RULES.map((r) => ruleFlagFormula(r, rowReference) as string));
    const seen = { pass: 0, fail: 0, na: 0 };
    const verdict = { pass: false, fail: true, na: "" } as const;
    fc.assert(
      fc.property(noisyRecord, (record) => {
        const excel = sheet.evaluate(record);
        ARITHMETIC_RULES.forEach((r, i) => {
          const status = ruleStatus(r, record);
          seen[status] += 1;
          if (excel[i] !== verdict[status])
            throw new Error(`${r.id}: Excel ${String(excel[i])}, TypeScript ${status} on ${JSON.stringify(record)}`);
        });
      }),
      { numRuns: 400 },
    );
    sheet.destroy();
    expect(seen.pass).toBeGreaterThan(1000);
    expect(seen.fail).toBeGreaterThan(500);
    expect(seen.na).toBeGreaterThan(1000);
  });
});
