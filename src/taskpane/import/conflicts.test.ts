import { type ConflictDecision, type ImportConflict, conflictKey, decided, shownValue } from "./conflicts";

const conflict = (
  field: ImportConflict["field"],
  sheetValue: ImportConflict["sheetValue"],
  importedValue: ImportConflict["importedValue"],
): ImportConflict => ({
  commune: "Ia Ly",
  period: "01/07/2025 – 30/09/2025",
  field,
  sheetValue,
  importedValue,
});

describe("conflict decisions", () => {
  it("keeps the sheet's value unless staff chose to replace it", () => {
    const received = conflict("received", 1300, 1250);
    const resolved = conflict("resolved", 1200, 1100);
    const decisions = new Map<string, ConflictDecision>([[conflictKey(resolved), "replace"]]);
    expect(decided([received, resolved], decisions).map((c) => [c.field, c.decision])).toEqual([
      ["received", "keep"],
      ["resolved", "replace"],
    ]);
  });

  it("tells apart the same field of two communes", () => {
    const a = conflict("received", 1, 2);
    expect(conflictKey(a)).not.toBe(conflictKey({ ...a, commune: "Ia Grai" }));
    expect(conflictKey(a)).not.toBe(conflictKey({ ...a, field: "resolved" }));
  });

  it("shows values as staff write them, and an empty cell as such", () => {
    expect(shownValue("received", 1250)).toBe("1.250");
    expect(shownValue("remediationDeadline", "2025-12-15")).toBe("15/12/2025");
    expect(shownValue("received", null)).toBe("(trống)");
  });
});
