import { extractReport, parseContextOf } from "../extractReport";
import type { Candidate } from "../parser";
import { preferRatesWithCounts } from "./ratesAlone";

describe("preferRatesWithCounts", () => {
  it("drops a rate stated alone when the same rate is stated with its counts", () => {
    const alone: Candidate = { field: "vneidRateStated", value: 93, index: 0, confidence: 1, rateAlone: true };
    const withCounts: Candidate = { field: "vneidRateStated", value: 93.42, index: 90, confidence: 1 };
    expect(preferRatesWithCounts([alone, withCounts], parseContextOf(""))).toEqual([withCounts]);
    expect(preferRatesWithCounts([alone], parseContextOf(""))).toEqual([alone]);
  });

  it("reads the rate a summary rounds from the statement with the counts", () => {
    const fields = extractReport(
      "Tỷ lệ kích hoạt tài khoản định danh điện tử mức độ 2 đạt 93%. Cụ thể, kích hoạt tài khoản định danh điện tử mức độ 2: 48.615/52.037 tài khoản, đạt 93,42%.",
    ).fields;
    expect(fields).toMatchObject({ vneidActivated: 48615, vneidTotal: 52037, vneidRateStated: 93.42 });
  });
});
