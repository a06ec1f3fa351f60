import fc from "fast-check";
import { FIELDS } from "../../domain/record/fields";
import { inputText, parseInput } from "./fieldInput";

describe("parseInput", () => {
  it("reads counts written the Vietnamese way", () => {
    expect(parseInput("received", "1.250")).toEqual({ ok: true, value: 1250 });
    expect(parseInput("received", " 1250 ")).toEqual({ ok: true, value: 1250 });
    expect(parseInput("pendingOverdue", "01")).toEqual({ ok: true, value: 1 });
  });

  it("refuses counts that are not whole numbers ≥ 0, naming the field", () => {
    for (const raw of ["-3", "12,5", "1.5", "abc", "12 hồ sơ"]) {
      const parsed = parseInput("received", raw);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.message).toContain("Hồ sơ tiếp nhận phải là số nguyên không âm");
    }
  });

  it("reads percents with a comma or a point and an optional % sign", () => {
    expect(parseInput("vneidRateStated", "90.19")).toEqual({ ok: true, value: 90.19 });
    expect(parseInput("onTimeRateStated", "47,2%")).toEqual({ ok: true, value: 47.2 });
    const bad = parseInput("onTimeRateStated", "-4");
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toContain("số thập phân từ 0 đến 1.000");
    expect(parseInput("onTimeRateStated", "1000,5").ok).toBe(false);
    expect(parseInput("orgEidRateStated", "104,55 %")).toEqual({ ok: true, value: 104.55 });
  });

  it("turns dd/mm/yyyy into ISO and refuses days that do not exist", () => {
    expect(parseInput("remediationDeadline", "15/12/2025")).toEqual({ ok: true, value: "2025-12-15" });
    expect(parseInput("periodStart", "1/7/2025")).toEqual({ ok: true, value: "2025-07-01" });
    for (const raw of ["31/9/2025", "2025-12-15", "15/12", "29/2/2025"]) {
      const parsed = parseInput("periodStart", raw);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.message).toContain("ngày/tháng/năm");
    }
  });

  it("treats an empty box as a figure the report does not state, but requires the commune", () => {
    expect(parseInput("received", "  ")).toEqual({ ok: true, value: null });
    expect(parseInput("commune", "").ok).toBe(false);
    expect(parseInput("commune", " Ia Ly ")).toEqual({ ok: true, value: "Ia Ly" });
  });
});

describe("inputText", () => {
  it("shows values as staff write them", () => {
    expect(inputText("received", 1250)).toBe("1.250");
    expect(inputText("pendingOverdue", 1)).toBe("1");
    expect(inputText("vneidRateStated", 90.19)).toBe("90,19");
    expect(inputText("remediationDeadline", "2025-12-15")).toBe("15/12/2025");
    expect(inputText("received", null)).toBe("");
  });

  it("round-trips every count, percent and date through the box", () => {
    const byKind = (kind: string) => FIELDS.filter((f) => f.kind === kind).map((f) => f.id);
    const value = fc.oneof(
      fc.tuple(fc.constantFrom(...byKind("count")), fc.nat({ max: 10_000_000 })),
      fc.tuple(
        fc.constantFrom(...byKind("percent")),
        fc.integer({ min: 0, max: 100_000 }).map((n) => n / 100),
      ),
      fc.tuple(
        fc.constantFrom(...byKind("date")),
        fc.date({ min: new Date("1990-01-01"), max: new Date("2100-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      ),
    );
    fc.assert(
      fc.property(value, ([id, v]) => {
        expect(parseInput(id, inputText(id, v))).toEqual({ ok: true, value: v });
      }),
    );
  });
});
