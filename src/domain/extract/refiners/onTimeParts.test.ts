import type { Candidate } from "../parser";
import { onTimeParts } from "./onTimeParts";
import { parseContextOf } from "../extractReport";

const refine = (refiner: typeof onTimeParts, candidates: readonly Candidate[]): Candidate[] => refiner(candidates, parseContextOf(""));

const part = (field: Candidate["field"], value: number, index: number, p: Candidate["part"], statement = 0): Candidate => ({
  field,
  value,
  index,
  confidence: 1,
  statement,
  part: p,
});

describe("onTimeParts", () => {
  it("adds up the early and the exactly-on-time dossiers and drops the rate of one part", () => {
    const out = refine(onTimeParts, [
      part("resolvedOnTime", 300, 10, "early"),
      part("onTimeRateStated", 30, 20, "early"),
      part("resolvedOnTime", 650, 40, "exact"),
    ]);
    expect(out).toEqual([expect.objectContaining({ field: "resolvedOnTime", value: 950, index: 10 })]);
  });

  it("prefers a figure for all of them, with its rate", () => {
    const out = refine(onTimeParts, [
      part("resolvedOnTime", 300, 10, "early"),
      part("resolvedOnTime", 950, 40, "all"),
      part("onTimeRateStated", 98.5, 50, "all"),
    ]);
    expect(out.map((c) => [c.field, c.value])).toEqual([
      ["resolvedOnTime", 950],
      ["onTimeRateStated", 98.5],
    ]);
  });

  it("keeps one part alone, with its rate, and never adds parts of two statements", () => {
    const out = refine(onTimeParts, [
      part("resolvedOnTime", 300, 10, "exact", 0),
      part("onTimeRateStated", 99, 12, "exact", 0),
      part("resolvedOnTime", 7, 900, "early", 800),
    ]);
    expect(out.map((c) => [c.field, c.value])).toEqual([
      ["resolvedOnTime", 300],
      ["onTimeRateStated", 99],
      ["resolvedOnTime", 7],
    ]);
  });

  it("leaves candidates that are no part untouched", () => {
    const received: Candidate = { field: "received", value: 5, index: 0, confidence: 1 };
    expect(refine(onTimeParts, [received])).toEqual([received]);
  });
});
