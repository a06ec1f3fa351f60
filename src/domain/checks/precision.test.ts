import { HyperFormula } from "hyperformula";
import { statedDecimals, statedTolerance, statedToleranceFormula, truncateTo } from "./precision";

describe("precision of a stated percentage", () => {
  it("counts the decimals of the shortest representation", () => {
    expect(statedDecimals(97.09)).toBe(2);
    expect(statedDecimals(2.9)).toBe(1);
    expect(statedDecimals(100)).toBe(0);
    expect(statedDecimals(104.55)).toBe(2);
    expect(statedDecimals(1 / 3)).toBe(4);
  });

  it("allows half a unit of the last decimal", () => {
    expect(statedTolerance(47.2)).toBe(0.05);
    expect(statedTolerance(90.19)).toBe(0.005);
    expect(statedTolerance(62)).toBe(0.5);
  });

  it("cuts without rounding", () => {
    expect(truncateTo(97.0972, 2)).toBe(97.09);
    expect(truncateTo(52.782, 1)).toBe(52.7);
    expect(truncateTo(52.7, 1)).toBe(52.7);
    expect(truncateTo(4.788, 1)).toBe(4.7);
  });

  it("gives the same tolerance as an Excel formula", () => {
    const values = [47.2, 97.09, 100, 2.9, 104.55, 12.3456, 0.12345, 0];
    const engine = HyperFormula.buildFromArray([[null], [`=${statedToleranceFormula("vneidRateStated", () => "A1")}`]], {
      licenseKey: "gpl-v3",
      smartRounding: false,
    });
    for (const value of values) {
      engine.setCellContents({ sheet: 0, row: 0, col: 0 }, value);
      expect(engine.getCellValue({ sheet: 0, row: 1, col: 0 })).toBe(statedTolerance(value));
    }
    engine.destroy();
  });
});
