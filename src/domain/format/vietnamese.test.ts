import { formatCount, formatDate, formatDecimal, formatPercent, formatRatioAsPercent } from "./vietnamese";

describe("Vietnamese number format", () => {
  it("groups thousands with a point", () => {
    expect(formatCount(1222)).toBe("1.222");
    expect(formatCount(22529)).toBe("22.529");
    expect(formatCount(1234567)).toBe("1.234.567");
    expect(formatCount(554)).toBe("554");
  });
  it("writes small counts with two digits, as the notices do", () => {
    expect(formatCount(1)).toBe("01");
    expect(formatCount(0)).toBe("00");
    expect(formatCount(1, { padSmall: false })).toBe("1");
    expect(formatCount(10)).toBe("10");
  });
  it("writes decimals with a comma and drops trailing zeros", () => {
    expect(formatDecimal(47.2, 1)).toBe("47,2");
    expect(formatDecimal(97.097, 2)).toBe("97,1");
    expect(formatDecimal(1234.5, 2)).toBe("1.234,5");
    expect(formatDecimal(100, 1)).toBe("100");
    expect(formatDecimal(-0.01, 1)).toBe("0");
  });
  it("writes percentages", () => {
    expect(formatPercent(47.2)).toBe("47,2%");
    expect(formatPercent(104.545, 2)).toBe("104,55%");
    expect(formatRatioAsPercent(645 / 1222)).toBe("52,8%");
  });
  it("writes dates day first", () => {
    expect(formatDate("2025-12-15")).toBe("15/12/2025");
    expect(formatDate("2025-07-01")).toBe("01/07/2025");
    expect(formatDate("không rõ")).toBe("không rõ");
  });
});
