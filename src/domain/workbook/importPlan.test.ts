import { type CommuneRecord, emptyRecord } from "../record/fields";
import { recordKey } from "./identity";
import { planImport } from "./importPlan";

function commune(name: string, figures: Partial<CommuneRecord> = {}): CommuneRecord {
  return { ...emptyRecord(), commune: name, periodStart: "2025-07-01", periodEnd: "2025-09-30", ...figures };
}

describe("planImport", () => {
  it("appends new communes and updates untouched figures of known ones", () => {
    const sheet = [commune("Xã Một", { received: 100, resolved: 90 })];
    const last = new Map([[recordKey(sheet[0] as CommuneRecord), commune("Xã Một", { received: 100, resolved: 90 })]]);
    const plan = planImport(sheet, last, [commune("xã  một", { received: 120, resolved: 90 }), commune("Xã Hai", { received: 5 })]);
    expect(plan.conflicts).toEqual([]);
    expect(plan.rows.map((r) => [r.commune, r.received])).toEqual([
      ["Xã Một", 120],
      ["Xã Hai", 5],
    ]);
    expect([plan.updated, plan.appended]).toEqual([1, 1]);
  });

  it("reports a figure staff changed by hand instead of overwriting it", () => {
    const sheet = [commune("Xã Một", { received: 101, resolved: 90 })];
    const last = new Map([[recordKey(sheet[0] as CommuneRecord), commune("Xã Một", { received: 100, resolved: 90 })]]);
    const plan = planImport(sheet, last, [commune("Xã Một", { received: 120, resolved: 91 })]);
    expect(plan.conflicts).toEqual([
      { commune: "Xã Một", period: "01/07/2025 – 30/09/2025", field: "received", sheetValue: 101, importedValue: 120 },
    ]);
  });

  it("applies staff's choices, keeping or replacing per figure", () => {
    const sheet = [commune("Xã Một", { received: 101, pending: 7 })];
    const last = new Map([[recordKey(sheet[0] as CommuneRecord), commune("Xã Một", { received: 100, pending: 5 })]]);
    const incoming = [commune("Xã Một", { received: 120, pending: 9 })];
    const first = planImport(sheet, last, incoming);
    expect(first.conflicts.map((c) => c.field)).toEqual(["received", "pending"]);
    const [received, pending] = first.conflicts as [(typeof first.conflicts)[number], (typeof first.conflicts)[number]];
    const plan = planImport(sheet, last, incoming, [
      { ...received, decision: "keep" },
      { ...pending, decision: "replace" },
    ]);
    expect(plan.conflicts).toEqual([]);
    expect(plan.rows[0]).toMatchObject({ received: 101, pending: 9 });
  });

  it("treats every differing figure as a hand edit when there was no import before", () => {
    const plan = planImport([commune("Xã Một", { received: 3, resolved: 2 })], new Map(), [commune("Xã Một", { received: 4, resolved: 2, pending: 1 })]);
    expect(plan.conflicts.map((c) => c.field)).toEqual(["received"]);
  });

  it("keeps a figure staff typed when the report states none, and clears an imported one", () => {
    const sheet = [commune("Xã Một", { received: 10, withdrawn: 2 })];
    const last = new Map([[recordKey(sheet[0] as CommuneRecord), commune("Xã Một", { received: 10 })]]);
    const plan = planImport(sheet, last, [commune("Xã Một")]);
    expect(plan.rows[0]).toMatchObject({ received: null, withdrawn: 2 });
  });
});
