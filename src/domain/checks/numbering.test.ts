import type { CitedDocument } from "../record/extraction";
import { numberingConflicts } from "./numbering";

function cite(number: string, date: string | null, options: Partial<CitedDocument> = {}): CitedDocument {
  return { type: "QĐ", number, issuer: "UBND", authority: null, date, index: 0, text: `Quyết định số ${number}/QĐ-UBND`, ...options };
}

describe("document numbering", () => {
  it("accepts the same document cited twice with the same date, and numbers growing with dates", () => {
    expect(
      numberingConflicts([cite("70", "2025-07-18"), cite("459", "2025-08-13"), cite("459", "2025-08-13"), cite("503", "2025-08-29")]),
    ).toEqual([]);
  });

  it("flags one number cited with two dates", () => {
    const conflicts = numberingConflicts([cite("459", "2025-08-13"), cite("459", "2025-08-31")]);
    expect(conflicts.map((c) => [c.check, c.first.date, c.second.date])).toEqual([["reuse", "2025-08-13", "2025-08-31"]]);
  });

  it("flags a higher number dated before a lower one", () => {
    const conflicts = numberingConflicts([cite("12", "2025-07-26"), cite("54", "2025-06-15"), cite("60", "2025-09-20")]);
    expect(conflicts.map((c) => [c.check, c.first.number, c.second.number])).toEqual([["order", "12", "54"]]);
  });

  it("keeps apart numberings of other authorities, other types and other years", () => {
    const province = cite("1071", "2025-08-07", { authority: "của UBND tỉnh" });
    const plan = cite("28", "2025-09-30", { type: "KH" });
    const lastYear = cite("900", "2024-12-30");
    expect(numberingConflicts([cite("346", "2025-08-04"), province, plan, cite("400", "2025-09-01"), lastYear])).toEqual([]);
  });

  it("treats “của UBND xã” as the commune's own numbering", () => {
    const conflicts = numberingConflicts([cite("38", "2025-08-20", { authority: "của UBND xã" }), cite("54", "2025-08-01")]);
    expect(conflicts.map((c) => c.check)).toEqual(["order"]);
  });

  it("ignores citations without a date or a number", () => {
    expect(numberingConflicts([cite("459", null), cite("459", "2025-08-13"), cite("số", "2025-01-01")])).toEqual([]);
  });
});
