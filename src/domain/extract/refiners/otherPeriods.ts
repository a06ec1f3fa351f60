/**
 * Figures of another period or of a target, stated before the figure in its sentence: "Kết quả
 * quý trước: … tiếp nhận 2.486 hồ sơ", "Để so sánh, trong quý II/2025 … 402 hồ sơ trực tuyến",
 * "Năm 2024, tỷ lệ … chỉ đạt 46,7%", "Chỉ tiêu tỉnh giao năm 2025 là 80% hồ sơ trực tuyến",
 * "Phấn đấu … đạt trên 85%". They are not this period's figures, so they are dropped (a missing
 * figure is better than a wrong one). The dossiers carried over come from the previous period by
 * definition ("kỳ trước chuyển sang 57 hồ sơ"): that phrase marks nothing.
 */
import type { FieldId } from "../../record/fields";
import type { Candidate, ParseContext, Refiner } from "../parser";

const SENTENCE_REACH = 400;
const PREVIOUS = /\b(?:(?:quy|ky|nam|thang|dot) truoc|cung ky|de so sanh|truoc khi sap xep|nam ngoai)\b/;
/** "kỳ trước chuyển sang", "từ năm trước chuyển qua", "chuyển từ kỳ trước": the carried-over dossiers, not another period's figures. */
const CARRIED_OVER = /\b(?:(?:tu )?(?:quy|ky|nam|thang|dot) truoc (?:chuyen|sang)|chuyen (?:tu|sang|qua) (?:quy|ky|nam|thang|dot) truoc)/g;
const TARGET = /\b(?:phan dau|chi tieu [a-z ]{0,40}giao|muc tieu|ke hoach giao|dat tren|dat toi thieu|toi thieu)\b/;
/** A year the sentence is about: "năm 2024", "quý II/2024", "tháng 6/2024". */
const YEAR_SPOKEN_OF = /\b(?:nam |quy [ivx]{1,4} ?\/ ?|thang \d{1,2} ?\/ ?)(?<year>20\d\d)\b/g;
/** Fields that are about the period by their nature or that are no figure of it. */
const EXEMPT: ReadonlySet<FieldId> = new Set<FieldId>(["carriedOver", "commune", "periodStart", "periodEnd", "remediationDeadline"]);
/** A target is what these totals count ("chỉ tiêu giao 11.760 công dân"), so a target word does not disqualify them. */
const TOTALS: ReadonlySet<FieldId> = new Set<FieldId>([
  "vneidTotal",
  "orgEidTotal",
  "nq57Total",
  "civilServantQuota",
  "publicEmployeeQuota",
]);

/** The words of the figure's sentence before it, without the carried-over phrases. */
function leadOf(candidate: Candidate, context: ParseContext): string {
  const { start } = context.sentences.bounds(candidate.index, SENTENCE_REACH);
  return context.doc.folded.slice(start, candidate.index).replace(CARRIED_OVER, " ");
}

function isAnotherPeriods(candidate: Candidate, context: ParseContext): boolean {
  if (EXEMPT.has(candidate.field)) return false;
  const lead = leadOf(candidate, context);
  if (PREVIOUS.test(lead)) return true;
  if (!TOTALS.has(candidate.field) && TARGET.test(lead)) return true;
  const year = context.contextYear;
  return year !== null && [...lead.matchAll(YEAR_SPOKEN_OF)].some((m) => Number(m.groups?.year) < year);
}

export const dropOtherPeriods: Refiner = (candidates, context) => candidates.filter((candidate) => !isAnotherPeriods(candidate, context));
