import fc from "fast-check";
import { formulaSheet, rowReference } from "../../../test/support/formulaSheet";
import { noisyRecord } from "../../../test/support/records";
import { type CommuneRecord, emptyRecord, fieldDefinition } from "../record/fields";
import { fieldsOf } from "../expr/expr";
import { RATIOS, RATIO_IDS, ratioById, ratioFormula, ratioValue, ratiosOf } from "./catalogue";

const recordWith = (values: Partial<CommuneRecord>): CommuneRecord => ({ ...emptyRecord(), ...values });

describe("ratio catalogue", () => {
  it("declares each ratio once, over counts, comparing with a stated percentage only", () => {
    expect(RATIOS.map((r) => r.id)).toEqual([...RATIO_IDS]);
    for (const ratio of RATIOS) {
      for (const id of [...fieldsOf(ratio.numerator), ...fieldsOf(ratio.denominator)]) expect(fieldDefinition(id).kind).toBe("count");
      if (ratio.stated) expect(fieldDefinition(ratio.stated).kind).toBe("percent");
    }
  });

  it("computes fractions from the counts", () => {
    const record = recordWith({
      received: 200,
      receivedOnline: 150,
      receivedDirect: 50,
      resolved: 160,
      resolvedOnTime: 152,
      resolvedLate: 8,
      pending: 40,
      pendingOverdue: 4,
    });
    expect(ratioValue(ratioById("onlineShare"), record)).toBe(0.75);
    expect(ratioValue(ratioById("directShare"), record)).toBe(0.25);
    expect(ratioValue(ratioById("onTimeRate"), record)).toBe(0.95);
    expect(ratioValue(ratioById("lateRate"), record)).toBe(0.05);
    expect(ratioValue(ratioById("pendingShare"), record)).toBe(0.2);
    // QĐ 766: (152 on time + 40 pending − 4 overdue) / 200 received.
    expect(ratioValue(ratioById("progress766"), record)).toBe(0.94);
  });

  it("is undefined when a figure is missing or the denominator is zero", () => {
    const record = recordWith({ received: 200, receivedOnline: 150, resolved: 0, resolvedOnTime: 0, pending: 40 });
    expect(ratioValue(ratioById("progress766"), record)).toBeUndefined(); // pendingOverdue not stated
    expect(ratioValue(ratioById("onTimeRate"), record)).toBeUndefined();
    expect(ratioValue(ratioById("directShare"), record)).toBeUndefined();
    expect(ratiosOf(record).onlineShare).toBe(0.75);
    expect(Object.values(ratiosOf(emptyRecord())).every((v) => v === undefined)).toBe(true);
  });

  it("writes a formula that guards the denominator", () => {
    const ref = (id: string) => `[@${id}]`;
    expect(ratioFormula(ratioById("vneidActivation"), ref)).toBe(
      'IF(AND(ISNUMBER([@vneidActivated]),ISNUMBER([@vneidTotal]),([@vneidTotal])<>0),[@vneidActivated]/[@vneidTotal],"")',
    );
  });

  it("gives in a real formula engine the value TypeScript gives, on any record", () => {
    const sheet = formulaSheet(RATIOS.map((r) => ratioFormula(r, rowReference)));
    let defined = 0;
    let undefinedCount = 0;
    fc.assert(
      fc.property(noisyRecord, (record) => {
        const excel = sheet.evaluate(record);
        RATIOS.forEach((ratio, i) => {
          const value = ratioValue(ratio, record);
          if (value === undefined) {
            undefinedCount += 1;
            expect(excel[i]).toBe("");
          } else {
            defined += 1;
            expect(excel[i]).toBeCloseTo(value, 12);
          }
        });
      }),
      { numRuns: 300 },
    );
    sheet.destroy();
    // Both branches were exercised.
    expect(defined).toBeGreaterThan(100);
    expect(undefinedCount).toBeGreaterThan(100);
  });
});
