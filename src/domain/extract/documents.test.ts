import { normalizeForMatching } from "../text/normalize";
import { findDocuments } from "./documents";

const cited = (text: string) => findDocuments(normalizeForMatching(text), 2025).map((d) => [d.type, d.number, d.issuer, d.date]);

describe("document types mangled by OCR", () => {
  it.each([
    ["Quyết định số 702/QD-UBND ngày 17/10/2025"],
    ["Quyết định số 702/Qb-UBND ngày 17/10/2025"],
    ["Quyết định số 702/QP-UBND ngày 17/10/2025"],
    ["Quyết định số 702/QÐ-UBND ngày 17/10/2025"],
    ["Quyết định số 702/QĐ -UBND ngày 17/10/2025"],
  ])("%s is a decision (QĐ)", (text) => {
    expect(cited(text)).toEqual([["QĐ", "702", "UBND", "2025-10-17"]]);
  });

  it("still finds a number cited twice for two documents when OCR mangled one type", () => {
    const documents = findDocuments(
      normalizeForMatching("Quyết định số 156/QĐ-UBND ngày 21/7/2025; Quyết định số 156/Qb-UBND ngày 11/8/2025."),
      2025,
    );
    expect(documents.map((d) => [d.type, d.number])).toEqual([
      ["QĐ", "156"],
      ["QĐ", "156"],
    ]);
  });
});
