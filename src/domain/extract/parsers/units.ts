/**
 * Public service units: "thành lập … 10 đơn vị sự nghiệp công lập" (the commune's units) and
 * "tự chủ tài chính … 11 đơn vị sự nghiệp" (those with financial autonomy). The sentence
 * decides which: "tự chủ" anywhere in it means autonomy; otherwise a founding or counting
 * verb before the figure ("thành lập", "gồm", "có") means the units themselves. "Trong đó" splits
 * a sentence into the whole and its part ("có 16 đơn vị …, trong đó 12 đơn vị tự chủ"): each figure
 * is read in its own side.
 */
import { COUNT_SOURCE, NUMBER_END, NUMBER_START, parseCount } from "../../text/numbers";
import { confidenceOf, type Parser, spaced } from "../parser";

const AUTONOMY = spaced(/\btu chu\b/);
const UNITS_COUNTED = spaced(/\b(?:thanh lap|gom|co|tong so|hien co|hien nay co|quan ly)\b/);
/** A plan for autonomy is not autonomy: "05 đơn vị đã có phương án tự chủ", "xây dựng phương án tự chủ". */
const PLAN = spaced(/\b(?:phuong an|de an|lo trinh|xay dung) (?:tu chu|thuc hien tu chu)\b/);
const PUBLIC_SERVICE = spaced(/\bsu nghiep\b/);
const OF_WHICH = spaced(/\btrong (?:so )?do\b/g);

export const unitsParser: Parser = {
  name: "units",
  // "10 đơn vị sự nghiệp", and "09/11 đơn vị … được giao tự chủ" (those with autonomy out of all).
  pattern: new RegExp(
    `${NUMBER_START}(?:(?<part>${COUNT_SOURCE})\\s?\\/\\s?)?(?<count>${COUNT_SOURCE})${NUMBER_END}\\s{1,3}don\\s{1,3}vi(?<service>\\s{1,3}su\\s{1,3}nghiep)?\\b`,
    "gd",
  ),
  extract(match, context) {
    const groups = match.groups ?? {};
    const value = parseCount(groups.count ?? "");
    if (value === undefined) return { fields: [] };
    const { folded } = context.doc;
    const bounds = context.sentences.bounds(match.index, 300);
    const before = folded.slice(bounds.start, match.index);
    if (groups.service === undefined && !PUBLIC_SERVICE.test(before)) return { fields: [] };
    let start = bounds.start;
    let end = bounds.end;
    for (const split of folded.slice(bounds.start, bounds.end).matchAll(OF_WHICH)) {
      const at = bounds.start + split.index;
      if (at < match.index) start = at;
      else if (at < end) end = at;
    }
    const sentence = folded.slice(start, end);
    const confidence = confidenceOf(context, match.index, match.index + match[0].length);
    const part = groups.part === undefined ? undefined : parseCount(groups.part);
    if (PLAN.test(sentence)) return { fields: [] };
    if (AUTONOMY.test(sentence)) {
      if (part === undefined) return { fields: [{ field: "autonomousUnits", value, index: match.index, confidence }] };
      const totalAt = match.indices?.groups?.count?.[0] ?? match.index;
      return {
        fields: [
          { field: "autonomousUnits", value: part, index: match.index, confidence },
          { field: "publicServiceUnits", value, index: totalAt, confidence },
        ],
      };
    }
    if (part !== undefined) return { fields: [] };
    if (UNITS_COUNTED.test(folded.slice(start, match.index)))
      return { fields: [{ field: "publicServiceUnits", value, index: match.index, confidence }] };
    return { fields: [] };
  },
};
