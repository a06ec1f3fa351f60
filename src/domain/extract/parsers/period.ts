/**
 * The reporting period: "Từ 01/4/2025 đến (hết) ngày 05/9/2025", "từ ngày 01/4 đến 30/6/2025"
 * (year from the end date), "từ ngày 01/7/2025 (thời điểm …) đến ngày 15/9/2025". OCR reads
 * "Từ" as "Tu", "Tr", "Tl" or "Tir" (ư taken for r, l or ir).
 */
import { anyDate, dateFromMatch, dateIndex, yearOf, yearOmitted } from "../../text/dates";
import type { Candidate, ParseContext, Parser } from "../parser";
import { confidenceOf } from "../parser";

/** A remark between the start and "đến": "(thời điểm chính quyền xã mới đi vào hoạt động)". */
const REMARK = String.raw`(?:\s{0,3}\([^()]{0,160}\))?`;

export const periodParser: Parser = {
  name: "period",
  pattern: new RegExp(
    `\\bt(?:u|r|l|ir)\\s{1,3}(?:ngay\\s{1,3})?${anyDate("start")}${REMARK}\\s{0,3}(?:den|toi|-)\\s{1,3}(?:het\\s{1,3})?(?:ngay\\s{1,3})?${anyDate("end")}`,
    "gd",
  ),
  extract(match, context) {
    const end = dateFromMatch(match, "end", context.contextYear);
    if (end === null) return { fields: [] };
    const endYear = yearOf(end);
    let start = dateFromMatch(match, "start", endYear);
    // "01/12 đến 15/01/2026": a start written without a year that would fall after the end is in the year before.
    if (start !== null && start > end && yearOmitted(match, "start") && endYear !== null) {
      start = dateFromMatch(match, "start", endYear - 1);
    }
    if (start === null || start > end) return { fields: [] };
    const confidence = confidenceOf(context, match.index, match.index + match[0].length);
    const fields: Candidate[] = [
      { field: "periodStart", value: start, index: dateIndex(match, "start"), confidence },
      { field: "periodEnd", value: end, index: dateIndex(match, "end"), confidence },
    ];
    return { fields };
  },
};

/** How far from the dossier figures their period is stated ("Từ 01/7/2025 đến ngày 07/10/2025, Trung tâm … đã tiếp nhận …"). */
const PERIOD_REACH = 1200;

/** A period the report says is its own: "báo cáo kết quả quý III năm 2025 (từ … đến …)", "số liệu tính từ …". */
const OWN_PERIOD = /\b(?:so lieu|ky bao cao|bao cao ket qua|bao cao nhu sau|ket qua (?:thuc hien )?(?:quy|thang|nam))\b/;
/** … and not the days an inspection team worked. */
const INSPECTION_DAYS = /\b(?:doan kiem tra|lam viec|kiem tra tai|kiem tra truc tiep)\b/;

/**
 * Of several periods in a report, the one the dossier figures belong to: the last one stated
 * before the received figure, else the first one after it, within reach of it. A period far from
 * the figures (the days the inspection team worked) is not theirs, unless its sentence says it is
 * the report's ("báo cáo kết quả quý III năm 2025 (từ ngày … đến ngày …) như sau"); so a report
 * that states its figures with no dates ("Quý III/2025") has no period. Without a received
 * figure, the first one.
 */
export function choosePeriod(
  matches: readonly Candidate[],
  receivedIndex: number | undefined,
  context: ParseContext,
): readonly Candidate[] {
  const starts = matches.filter((m) => m.field === "periodStart");
  const ends = matches.filter((m) => m.field === "periodEnd");
  if (starts.length === 0) return [];
  let chosen = receivedIndex === undefined ? 0 : -1;
  if (receivedIndex !== undefined) {
    starts.forEach((start, i) => {
      if (start.index <= receivedIndex && receivedIndex - start.index <= PERIOD_REACH) chosen = i;
    });
    if (chosen < 0) chosen = starts.findIndex((start) => start.index > receivedIndex && start.index - receivedIndex <= PERIOD_REACH);
    if (chosen < 0) {
      chosen = starts.findIndex((start) => {
        const { start: from, end } = context.sentences.bounds(start.index, 400);
        const sentence = context.doc.folded.slice(from, end);
        return OWN_PERIOD.test(sentence) && !INSPECTION_DAYS.test(sentence);
      });
    }
  }
  const start = starts[chosen];
  const end = ends[chosen];
  return start && end ? [start, end] : [];
}
