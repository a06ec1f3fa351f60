import fc from "fast-check";
import { cellToField, fieldCell, isoToSerial, sameValue, serialToIso } from "./cells";

describe("cells", () => {
  it("converts dates to Excel serials and back", () => {
    expect(isoToSerial("1900-03-01")).toBe(61);
    expect(isoToSerial("2025-07-01")).toBe(45839);
    expect(serialToIso(45839)).toBe("2025-07-01");
    expect(isoToSerial("2025-02-30")).toBeUndefined();
    fc.assert(
      fc.property(fc.date({ min: new Date("1901-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10);
        return serialToIso(isoToSerial(iso) as number) === iso;
      }),
    );
  });

  it("writes fields as cells by kind", () => {
    expect(fieldCell("date", "2025-12-15")).toBe(46006);
    expect(fieldCell("count", 554)).toBe(554);
    expect(fieldCell("text", "=cmd")).toBe("=cmd");
    expect(fieldCell("percent", null)).toBeNull();
  });

  it("reads cells typed by staff back into fields", () => {
    expect(cellToField("date", 46006)).toBe("2025-12-15");
    expect(cellToField("date", "15/12/2025")).toBe("2025-12-15");
    expect(cellToField("count", "1.222")).toBe(1222);
    expect(cellToField("percent", "47,2%")).toBe(47.2);
    expect(cellToField("count", "")).toBeNull();
    expect(cellToField("count", "nhiều")).toBe("nhiều");
    expect(cellToField("text", " Xã A ")).toBe("Xã A");
  });

  it("compares values with rounding noise only", () => {
    expect(sameValue(0.1 + 0.2, 0.3)).toBe(true);
    expect(sameValue(1222, 1221)).toBe(false);
    expect(sameValue(null, 0)).toBe(false);
    expect(sameValue(" a", "a")).toBe(true);
  });
});
