/** The reporting period: "Từ 01/4/2025 đến (hết) ngày 05/9/2025", "từ ngày 01/4 đến 30/6/2025" (year from the end date). */
import { ANY_DATE, dateFromGroups, yearOf } from "../../text/dates";
import type { Candidate, Parser } from "../parser";
import { confidenceOf } from "../parser";

export const periodParser: Parser = {
  name: "period",
  pattern: new RegExp(
    `\\bt[ur]\\s{1,3}(?:ngay\\s{1,3})?${ANY_DATE}\\s{0,3}(?:den|toi|-)\\s{1,3}(?:het\\s{1,3})?(?:ngay\\s{1,3})?${ANY_DATE}`,
    "gd",
  ),
  extract(match, context) {
    const groups = match.slice(1);
    const end = dateFromGroups(groups.slice(6, 12), context.contextYear);
    if (end === null) return { fields: [] };
    const endYear = yearOf(end);
    let start = dateFromGroups(groups.slice(0, 6), endYear);
    // "01/12 đến 15/01/2026": a start written without a year that would fall after the end is in the year before.
    if (start !== null && start > end && groups[2] === undefined && groups[5] === undefined && endYear !== null) {
      start = dateFromGroups(groups.slice(0, 6), endYear - 1);
    }
    if (start === null || start > end) return { fields: [] };
    const indices = match.indices;
    const startAt = indices?.[1]?.[0] ?? indices?.[4]?.[0] ?? match.index;
    const endAt = indices?.[7]?.[0] ?? indices?.[10]?.[0] ?? match.index;
    const confidence = confidenceOf(context, match.index, match.index + match[0].length);
    const fields: Candidate[] = [
      { field: "periodStart", value: start, index: startAt, confidence },
      { field: "periodEnd", value: end, index: endAt, confidence },
    ];
    return { fields };
  },
};

/** How far from the dossier figures their period is stated ("Từ 01/7/2025 đến ngày 07/10/2025, Trung tâm … đã tiếp nhận …"). */
const PERIOD_REACH = 1200;

/**
 * Of several periods in a report, the one the dossier figures belong to: the last one stated
 * before the received figure, else the first one after it, within reach of it. A period far from
 * the figures (the days the inspection team worked) is not theirs, so a report that states its
 * figures with no dates ("Quý III/2025") has no period. Without a received figure, the first one.
 */
export function choosePeriod(matches: readonly Candidate[], receivedIndex: number | undefined): readonly Candidate[] {
  const starts = matches.filter((m) => m.field === "periodStart");
  const ends = matches.filter((m) => m.field === "periodEnd");
  if (starts.length === 0) return [];
  let chosen = receivedIndex === undefined ? 0 : -1;
  if (receivedIndex !== undefined) {
    starts.forEach((start, i) => {
      if (start.index <= receivedIndex && receivedIndex - start.index <= PERIOD_REACH) chosen = i;
    });
    if (chosen < 0) chosen = starts.findIndex((start) => start.index > receivedIndex && start.index - receivedIndex <= PERIOD_REACH);
  }
  const start = starts[chosen];
  const end = ends[chosen];
  return start && end ? [start, end] : [];
}
