import { isoDate, parseDate } from "./dates";

describe("parseDate", () => {
  it.each([
    ["07/10/2025", null, "2025-10-07"],
    ["01/7", 2025, "2025-07-01"],
    ["1-7-2025", null, "2025-07-01"],
    ["ngày 25 tháng 11 năm 2025", null, "2025-11-25"],
    ["ngay 25 thang 11 nam 2025", null, "2025-11-25"],
  ] as const)("%s (year %p) → %s", (raw, year, iso) => expect(parseDate(raw, year)).toBe(iso));

  it("needs a year from context when the text gives none", () => expect(parseDate("01/7")).toBeNull());

  it.each(["31/9/2025", "29/2/2025", "00/1/2025", "12/13/2025", "hôm nay"])("refuses %p", (raw) => expect(parseDate(raw, 2025)).toBeNull());
});

describe("isoDate", () => {
  it("knows leap years", () => {
    expect(isoDate(29, 2, 2024)).toBe("2024-02-29");
    expect(isoDate(29, 2, 2100)).toBeNull();
  });
});
