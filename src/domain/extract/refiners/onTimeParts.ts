/**
 * The dossiers resolved on time, from the parts one statement gives: a figure for all of them;
 * else the early and the exactly-on-time ones added up when both are stated; else the one stated
 * ("trước hạn" or "đúng hạn" alone is how reports say on time; if it was only a part, the balance
 * check shows it). A rate stated for one part is not the on-time rate of their sum, so it goes.
 */
import type { Candidate, OnTimePart, Refiner } from "../parser";

function isPartOf(candidate: Candidate, part: OnTimePart): boolean {
  return candidate.part === part && (candidate.field === "resolvedOnTime" || candidate.field === "onTimeRateStated");
}

/** The candidates of one statement that count on-time dossiers, resolved to one figure (and its rate). */
function resolveStatement(parts: readonly Candidate[]): Candidate[] {
  const figure = (part: OnTimePart): Candidate | undefined => parts.find((c) => c.field === "resolvedOnTime" && c.part === part);
  const withRate = (part: OnTimePart): Candidate[] => parts.filter((c) => isPartOf(c, part));
  if (figure("all")) return withRate("all");
  const early = figure("early");
  const exact = figure("exact");
  if (early && exact) {
    const first = early.index < exact.index ? early : exact;
    const value = Number(early.value) + Number(exact.value);
    return [{ ...first, value, confidence: Math.min(early.confidence, exact.confidence), part: "all" }];
  }
  if (exact) return withRate("exact");
  return early ? withRate("early") : [];
}

export const onTimeParts: Refiner = (candidates) => {
  const byStatement = new Map<number, Candidate[]>();
  const rest: Candidate[] = [];
  for (const candidate of candidates) {
    if (candidate.part === undefined || candidate.statement === undefined) rest.push(candidate);
    else byStatement.set(candidate.statement, [...(byStatement.get(candidate.statement) ?? []), candidate]);
  }
  return [...rest, ...[...byStatement.values()].flatMap(resolveStatement)];
};
