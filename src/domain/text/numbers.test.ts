import { COUNT, PAIR, PERCENT, parseCount, parsePercent } from "./numbers";

describe("parseCount", () => {
  it.each([
    ["1.222", 1222],
    ["01", 1],
    ["0", 0],
    ["8659", 8659],
    ["21.160", 21160],
    ["1.234.567", 1234567],
  ])("%s → %d", (raw, value) => expect(parseCount(raw)).toBe(value));

  it.each(["1.22", "12,5", "abc", "", "1..2"])("refuses %p", (raw) => expect(parseCount(raw)).toBeUndefined());
});

describe("parsePercent", () => {
  it.each([
    ["47,2", 47.2],
    ["90.19", 90.19],
    ["104.55", 104.55],
    ["100", 100],
    ["2,90%", 2.9],
    ["1.000,5", 1000.5],
  ])("%s → %d", (raw, value) => expect(parsePercent(raw)).toBe(value));

  it("refuses text", () => expect(parsePercent("x%")).toBeUndefined());
});

describe("number patterns", () => {
  const all = (source: string, text: string): string[] => [...text.matchAll(new RegExp(source, "g"))].map((m) => m[0]);

  it("COUNT takes whole figures, not parts of dates, decimals or percents", () => {
    expect(all(COUNT, "ngay 07/10/2025 co 1.222 ho so, 47,2% va 01 ho so")).toEqual(["1.222", "01"]);
  });

  it("PAIR takes done/total but not a date", () => {
    expect(all(PAIR, "30/9/2025 dat 12.345/23.456 va 9722/10.879")).toEqual(["12.345/23.456", "9722/10.879"]);
    const [, done, total] = new RegExp(PAIR).exec("dat 9722/10.879 tai khoan") ?? [];
    expect([parseCount(done ?? ""), parseCount(total ?? "")]).toEqual([9722, 10879]);
  });

  it("PERCENT takes comma and point decimals", () => {
    expect(all(PERCENT, "chiem 47,2%, dat 90.19 % va 100%")).toEqual(["47,2%", "90.19 %", "100%"]);
  });
});
