import fc from "fast-check";
import { columnIndex, columnLetter, parseRange, quotedSheet, rangeAddress } from "./a1";

describe("A1 notation", () => {
  it("names columns as Excel does", () => {
    expect([0, 25, 26, 51, 52, 701, 702, 16383].map(columnLetter)).toEqual(["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA", "XFD"]);
  });
  it("reads back every letter it writes", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 16383 }), (i) => columnIndex(columnLetter(i)) === i));
  });
  it("refuses what is not a column", () => {
    expect(() => columnLetter(-1)).toThrow();
    expect(() => columnIndex("A1")).toThrow();
  });
  it("quotes sheet names and writes ranges", () => {
    expect(quotedSheet("Số liệu xã")).toBe("'Số liệu xã'");
    expect(quotedSheet("It's")).toBe("'It''s'");
    expect(rangeAddress(1, 3, 1, 1)).toBe("D2");
    expect(rangeAddress(1, 0, 135, 28)).toBe("A2:AB136");
  });
  it("parses the ranges it writes", () => {
    expect(parseRange("A2:AB136")).toEqual({ row: 1, column: 0, rows: 135, columns: 28 });
    expect(parseRange("D2")).toEqual({ row: 1, column: 3, rows: 1, columns: 1 });
    expect(() => parseRange("2:3")).toThrow();
  });
});
