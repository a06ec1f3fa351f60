import fc from "fast-check";
import { DEFAULT_CATALOGUE } from "./catalogue";
import { NO_SELECTION, isEmptySelection, selectionFromCell, selectionToCell } from "./selectionCell";

const IDS = DEFAULT_CATALOGUE.map((rule) => rule.id);

describe("selectionToCell", () => {
  it("writes ticked paragraphs with “+” and removed ones with “-”", () => {
    expect(selectionToCell({ ticked: ["an-toan-thong-tin", "khac-phuc-tre-han"], unticked: ["kich-hoat-vneid"] })).toBe(
      "+an-toan-thong-tin; +khac-phuc-tre-han; -kich-hoat-vneid",
    );
  });

  it("writes an empty cell when staff chose nothing", () => {
    expect(selectionToCell(NO_SELECTION)).toBe("");
    expect(isEmptySelection(NO_SELECTION)).toBe(true);
    expect(isEmptySelection({ ticked: [], unticked: ["kich-hoat-vneid"] })).toBe(false);
  });
});

describe("selectionFromCell", () => {
  it("reads back any selection it wrote", () => {
    const selection = fc.uniqueArray(fc.constantFrom(...IDS)).chain((chosen) =>
      fc.array(fc.boolean(), { minLength: chosen.length, maxLength: chosen.length }).map((signs) => ({
        ticked: chosen.filter((_, i) => signs[i]),
        unticked: chosen.filter((_, i) => !signs[i]),
      })),
    );
    fc.assert(
      fc.property(selection, (s) => {
        expect(selectionFromCell(selectionToCell(s))).toEqual({ selection: s, problems: [] });
      }),
    );
  });

  it("reads an empty, blank or missing cell as no selection", () => {
    for (const cell of ["", "  ", null, undefined]) expect(selectionFromCell(cell)).toEqual({ selection: NO_SELECTION, problems: [] });
  });

  it("accepts what a hand edit or Excel's autocorrect makes of the cell", () => {
    expect(selectionFromCell(" + An-Toan-Thong-Tin ,–kich-hoat-vneid\n−khac-phuc-tre-han;;").selection).toEqual({
      ticked: ["an-toan-thong-tin"],
      unticked: ["kich-hoat-vneid", "khac-phuc-tre-han"],
    });
  });

  it("reports unknown ids, unsigned parts and contradictions, and keeps the rest", () => {
    const parsed = selectionFromCell(
      "+khong-co; an-toan-thong-tin; +kich-hoat-vneid; -kich-hoat-vneid; +kich-hoat-vneid; -khac-phuc-tre-han",
    );
    expect(parsed.selection).toEqual({ ticked: [], unticked: ["khac-phuc-tre-han"] });
    expect(parsed.problems).toEqual([
      "Không có đoạn kiến nghị mã “khong-co”; bỏ qua.",
      "“an-toan-thong-tin” thiếu dấu “+” (thêm đoạn) hoặc “-” (bỏ đoạn) ở đầu; bỏ qua.",
      "Đoạn mã “kich-hoat-vneid” vừa được thêm vừa bị bỏ; để quy tắc quyết định.",
    ]);
  });

  it("reads a number typed into the cell as an unsigned part, not a crash", () => {
    expect(selectionFromCell(12).problems).toEqual(["“12” thiếu dấu “+” (thêm đoạn) hoặc “-” (bỏ đoạn) ở đầu; bỏ qua."]);
  });
});
