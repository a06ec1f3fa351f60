/**
 * Resolution 57 monitoring indicators: "hoàn thành 87/92 chỉ tiêu … Nghị quyết số 57-NQ/TW
 * (nq57.vn)", and how many indicators the report lists as not done: the numbered items
 * "(8) …; (16) …" that follow, up to the next numbered heading (0 when all are done; not
 * stated when some are not done but none is listed, since "how many are listed" is then unknown).
 */
import { PAIR, parseCount } from "../../text/numbers";
import { confidenceOf, type Candidate, type Parser } from "../parser";

const RESOLUTION_57 = /57/;
const LIST_REACH = 3000;
const NEXT_HEADING = /\n[ \t]*(?:\d{1,2}|[IVX]{1,4})\.\s/;
const LISTED_ITEM = /(?:^|[\s:;,.])\((\d{1,3})\)(?=\s)/g;
/** The count of indicators not done, as the report states it before listing them ("còn", OCR'd "cén"). */
const REMAINING = /\bc[oe]n\s{1,3}(?<remaining>\d{1,3})\s{1,3}(?:chi\s{1,3}tieu|tieu\s{1,3}chi)\b/;
const REMAINING_REACH = 200;

export const nq57Parser: Parser = {
  name: "nq57",
  pattern: new RegExp(`${PAIR}\\s{1,3}(?:chi\\s{1,3}tieu|tieu\\s{1,3}chi)\\b`, "gd"),
  extract(match, context) {
    const { folded, text } = context.doc;
    const { start, end } = context.sentences.bounds(match.index, 400);
    if (!RESOLUTION_57.test(folded.slice(start, end))) return { fields: [] };
    const completed = parseCount(match[1] ?? "");
    const total = parseCount(match[2] ?? "");
    if (completed === undefined || total === undefined) return { fields: [] };
    const confidence = confidenceOf(context, match.index, match.index + match[0].length);
    const fields: Candidate[] = [
      { field: "nq57Completed", value: completed, index: match.index, confidence },
      { field: "nq57Total", value: total, index: match.indices?.[2]?.[0] ?? match.index, confidence },
    ];
    const listStart = match.index + match[0].length;
    const reach = text.slice(listStart, listStart + LIST_REACH);
    const heading = NEXT_HEADING.exec(reach);
    const region = folded.slice(listStart, listStart + (heading ? heading.index : reach.length));
    const listed = completed >= total ? 0 : [...region.matchAll(LISTED_ITEM)].length;
    // "còn 04 tiêu chí chưa hoàn thành" before a list of two: items were lost (OCR), so the count is not known.
    const remaining = REMAINING.exec(region.slice(0, REMAINING_REACH))?.groups?.remaining;
    const contradicted = remaining !== undefined && parseCount(remaining) !== listed;
    if ((completed >= total || listed > 0) && !contradicted) {
      // A list read through OCR repairs may have lost items the repairs did not restore.
      const repaired = context.doc.repairedIn(listStart, listStart + region.length);
      const listConfidence = completed >= total ? confidence : confidence * (repaired ? 0.6 : 0.9);
      fields.push({ field: "nq57IncompleteListed", value: listed, index: match.index, confidence: Math.round(listConfidence * 100) / 100 });
    }
    // The listed items belong to this statement: the search goes on after them.
    return { fields, end: listStart + region.length };
  },
};
