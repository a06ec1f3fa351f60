import { extractReport, parseContextOf } from "../extractReport";
import type { Candidate } from "../parser";
import { preferTotals } from "./totals";

describe("preferTotals", () => {
  const whole: Candidate = { field: "received", value: 1265, index: 0, confidence: 1, statement: 0 };
  const part: Candidate = { field: "received", value: 1240, index: 30, confidence: 1, statement: 0, subtotal: true };

  it("drops the newly received beside the total of the same statement", () => {
    expect(preferTotals([whole, part], parseContextOf(""))).toEqual([whole]);
  });

  it("keeps the newly received where no total is stated beside it", () => {
    expect(preferTotals([{ ...whole, statement: 900 }, part], parseContextOf(""))).toHaveLength(2);
  });

  it("reads the total received, not the newly received, in a report", () => {
    const fields = extractReport(
      "Tổng số hồ sơ tiếp nhận 1.265 hồ sơ, trong đó tiếp nhận mới 1.240 hồ sơ, kỳ trước chuyển sang 25 hồ sơ.",
    ).fields;
    expect(fields).toMatchObject({ received: 1265, carriedOver: 25 });
  });
});
