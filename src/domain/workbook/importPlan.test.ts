import { type CommuneRecord, type FieldId, type FieldValue, emptyRecord } from "../record/fields";
import { recordKey } from "./identity";
import { type LastImport, importedRows, readImported } from "./importedSheet";
import { planImport } from "./importPlan";

function commune(name: string, figures: Partial<CommuneRecord> = {}): CommuneRecord {
  return { ...emptyRecord(), commune: name, periodStart: "2025-07-01", periodEnd: "2025-09-30", ...figures };
}

/** "Nhập gần nhất" holding `record` as last imported, with the figures staff kept. */
function lastImport(record: CommuneRecord, kept: [FieldId, FieldValue][] = []): Map<string, LastImport> {
  return new Map([[recordKey(record), { record, kept: new Map(kept) }]]);
}

describe("planImport", () => {
  it("appends new communes and updates untouched figures of known ones", () => {
    const sheet = [commune("Xã Một", { received: 100, resolved: 90 })];
    const last = lastImport(commune("Xã Một", { received: 100, resolved: 90 }));
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
    const last = lastImport(commune("Xã Một", { received: 100, resolved: 90 }));
    const plan = planImport(sheet, last, [commune("Xã Một", { received: 120, resolved: 91 })]);
    expect(plan.conflicts).toEqual([
      { commune: "Xã Một", period: "01/07/2025 – 30/09/2025", field: "received", sheetValue: 101, importedValue: 120 },
    ]);
  });

  it("applies staff's choices, keeping or replacing per figure", () => {
    const sheet = [commune("Xã Một", { received: 101, pending: 7 })];
    const last = lastImport(commune("Xã Một", { received: 100, pending: 5 }));
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
    const plan = planImport([commune("Xã Một", { received: 3, resolved: 2 })], new Map(), [
      commune("Xã Một", { received: 4, resolved: 2, pending: 1 }),
    ]);
    expect(plan.conflicts.map((c) => c.field)).toEqual(["received"]);
  });

  it("keeps a figure staff typed when the report states none, and clears an imported one", () => {
    const sheet = [commune("Xã Một", { received: 10, withdrawn: 2 })];
    const last = lastImport(commune("Xã Một", { received: 10 }));
    const plan = planImport(sheet, last, [commune("Xã Một")]);
    expect(plan.rows[0]).toMatchObject({ received: null, withdrawn: 2 });
  });

  it("remembers a “giữ” with the report's value, so the same report keeps staff's figure without asking again", () => {
    const sheet = [commune("Xã Một", { received: 101, pending: 7 })];
    const incoming = [commune("Xã Một", { received: 120, pending: 7 })];
    const first = planImport(sheet, lastImport(commune("Xã Một", { received: 100, pending: 7 })), incoming);
    const decided = planImport(sheet, lastImport(commune("Xã Một", { received: 100, pending: 7 })), incoming, [
      { ...(first.conflicts[0] as (typeof first.conflicts)[number]), decision: "keep" },
    ]);
    const key = recordKey(sheet[0] as CommuneRecord);
    expect(decided.imported.get(key)?.kept).toEqual(new Map([["received", 120]]));
    // "Nhập gần nhất" as written and read back by the next import.
    const remembered = readImported(importedRows([...decided.imported.values()]));
    expect(remembered.get(key)?.kept).toEqual(new Map([["received", 120]]));
    const again = planImport(decided.rows, remembered, incoming);
    expect(again.conflicts).toEqual([]);
    expect(again.rows[0]).toMatchObject({ received: 101, pending: 7 });
    expect(again.imported.get(key)?.kept).toEqual(new Map([["received", 120]]));
    // A report that brings a new figure asks again; one that agrees with staff forgets the decision.
    expect(
      planImport(decided.rows, remembered, [commune("Xã Một", { received: 130, pending: 7 })]).conflicts.map((c) => [
        c.field,
        c.importedValue,
      ]),
    ).toEqual([["received", 130]]);
    const agreed = planImport(decided.rows, remembered, [commune("Xã Một", { received: 101, pending: 7 })]);
    expect([agreed.conflicts, agreed.imported.get(key)?.kept.size]).toEqual([[], 0]);
  });

  it("reads a “Nhập gần nhất” written before decisions were kept, or with an unreadable cell, as keeping nothing", () => {
    const record = commune("Xã Một", { received: 100 });
    const [header = [], row = []] = importedRows([{ record, kept: new Map([["received", 120]]) }]);
    expect(readImported([header.slice(0, -1), row.slice(0, -1)]).get(recordKey(record))).toEqual({ record, kept: new Map() });
    expect(readImported([header, [...row.slice(0, -1), "{không đọc được"]]).get(recordKey(record))?.kept.size).toBe(0);
  });
});
