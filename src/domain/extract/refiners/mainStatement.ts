/**
 * A figure stated twice in a report, in two statements: the one of the fuller statement wins. A
 * report states its period's dossiers in one run of clauses (received, online, resolved, on time,
 * late, pending …); a passing mention ("các xã cũ đã tiếp nhận 2.318 hồ sơ và giải quyết 2.274
 * hồ sơ") states two or three, and is about something else more often than not.
 */
import type { Candidate, Refiner } from "../parser";

export const preferMainStatement: Refiner = (candidates) => {
  const fieldsOf = new Map<number, Set<string>>();
  for (const candidate of candidates) {
    if (candidate.statement === undefined) continue;
    const fields = fieldsOf.get(candidate.statement) ?? new Set<string>();
    fields.add(candidate.field);
    fieldsOf.set(candidate.statement, fields);
  }
  const size = (candidate: Candidate): number => (candidate.statement === undefined ? 0 : (fieldsOf.get(candidate.statement)?.size ?? 0));
  const fullest = new Map<string, number>();
  for (const candidate of candidates) fullest.set(candidate.field, Math.max(fullest.get(candidate.field) ?? 0, size(candidate)));
  return candidates.filter((candidate) => candidate.statement === undefined || size(candidate) === fullest.get(candidate.field));
};
