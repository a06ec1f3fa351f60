/** A rate stated with its counts wins over the same rate stated alone elsewhere (a summary may round it). */
import type { Refiner } from "../parser";

export const preferRatesWithCounts: Refiner = (candidates) => {
  const withCounts = new Set(candidates.filter((c) => !c.rateAlone).map((c) => c.field));
  return candidates.filter((c) => !c.rateAlone || !withCounts.has(c.field));
};
