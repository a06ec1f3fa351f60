/**
 * A figure implausible beside the others is likely misread (OCR dropping digits: "l05" read as
 * 5, "1. 3xx" read as 1): its confidence goes down, so the assignment prefers another reading
 * and a check resting on it only warns. Read against the figures the others would give: a whole
 * smaller than a tenth of its part; a part that usually carries most of its whole (online,
 * resolved on time, accounts activated …) stated with one digit where the whole runs into
 * thousands and the other parts do not make up the difference.
 */
import type { FieldId } from "../../record/fields";
import type { Candidate, Refiner } from "../parser";

interface Relation {
  readonly whole: FieldId;
  readonly parts: readonly FieldId[];
  /** The parts that usually make up most of the whole (a small count of them is suspicious). */
  readonly large: readonly FieldId[];
}

const RELATIONS: readonly Relation[] = [
  { whole: "received", parts: ["receivedOnline", "receivedDirect"], large: ["receivedOnline", "receivedDirect"] },
  { whole: "resolved", parts: ["resolvedOnTime", "resolvedLate"], large: ["resolvedOnTime"] },
  { whole: "received", parts: ["resolved", "pending"], large: ["resolved"] },
  { whole: "vneidTotal", parts: ["vneidActivated"], large: ["vneidActivated"] },
  { whole: "orgEidTotal", parts: ["orgEidIssued"], large: [] },
  { whole: "nq57Total", parts: ["nq57Completed"], large: ["nq57Completed"] },
  { whole: "civilServantQuota", parts: ["civilServantPresent"], large: ["civilServantPresent"] },
  { whole: "publicEmployeeQuota", parts: ["publicEmployeePresent"], large: ["publicEmployeePresent"] },
];

const LOWERED = 0.4;
/** A one-digit part beside a whole of this size is suspicious. */
const LARGE_WHOLE = 1000;
const SMALL_PART = 9;

function implausible(candidate: Candidate, value: (field: FieldId) => number | undefined): boolean {
  const v = Number(candidate.value);
  return RELATIONS.some((relation) => {
    if (candidate.field === relation.whole) {
      const largest = Math.max(0, ...relation.parts.map((p) => value(p) ?? 0));
      return largest >= 100 && v * 10 < largest;
    }
    if (!relation.large.includes(candidate.field)) return false;
    const whole = value(relation.whole);
    if (whole === undefined || whole < LARGE_WHOLE || v > SMALL_PART) return false;
    const others = relation.parts.filter((p) => p !== candidate.field).reduce((sum, p) => sum + (value(p) ?? 0), 0);
    return v + others < whole * 0.9;
  });
}

export const lowerImplausible: Refiner = (candidates) => {
  // The figure each field would get: its first candidate in the text.
  const first = new Map<FieldId, number>();
  for (const candidate of [...candidates].sort((a, b) => a.index - b.index)) {
    if (typeof candidate.value === "number" && !first.has(candidate.field)) first.set(candidate.field, candidate.value);
  }
  const value = (field: FieldId): number | undefined => first.get(field);
  return candidates.map((candidate) =>
    typeof candidate.value === "number" && implausible(candidate, value)
      ? { ...candidate, confidence: Math.min(candidate.confidence, LOWERED) }
      : candidate,
  );
};
