/**
 * Public service units: "thành lập … 10 đơn vị sự nghiệp công lập" (the commune's units) and
 * "tự chủ tài chính … 11 đơn vị sự nghiệp" (those with financial autonomy). The sentence
 * decides which: "tự chủ" anywhere in it means autonomy; otherwise a founding or counting
 * verb before the figure ("thành lập", "gồm", "có") means the units themselves. "Trong đó" splits
 * a sentence into the whole and its part ("có 16 đơn vị …, trong đó 12 đơn vị tự chủ"): each figure
 * is read in its own side.
 */
import { COUNT, parseCount } from "../../text/numbers";
import { confidenceOf, type Parser, spaced } from "../parser";

const AUTONOMY = spaced(/\btu chu\b/);
const UNITS_COUNTED = spaced(/\b(?:thanh lap|gom|co|tong so|hien co|hien nay co)\b/);
const PUBLIC_SERVICE = spaced(/\bsu nghiep\b/);
const OF_WHICH = spaced(/\btrong (?:so )?do\b/g);

export const unitsParser: Parser = {
  name: "units",
  pattern: new RegExp(`${COUNT}\\s{1,3}don\\s{1,3}vi(\\s{1,3}su\\s{1,3}nghiep)?\\b`, "g"),
  extract(match, context) {
    const value = parseCount(match[1] ?? "");
    if (value === undefined) return { fields: [] };
    const { folded } = context.doc;
    const bounds = context.sentences.bounds(match.index, 300);
    const before = folded.slice(bounds.start, match.index);
    if (match[2] === undefined && !PUBLIC_SERVICE.test(before)) return { fields: [] };
    let start = bounds.start;
    let end = bounds.end;
    for (const split of folded.slice(bounds.start, bounds.end).matchAll(OF_WHICH)) {
      const at = bounds.start + split.index;
      if (at < match.index) start = at;
      else if (at < end) end = at;
    }
    const sentence = folded.slice(start, end);
    const confidence = confidenceOf(context, match.index, match.index + match[0].length);
    if (AUTONOMY.test(sentence)) return { fields: [{ field: "autonomousUnits", value, index: match.index, confidence }] };
    if (UNITS_COUNTED.test(folded.slice(start, match.index))) return { fields: [{ field: "publicServiceUnits", value, index: match.index, confidence }] };
    return { fields: [] };
  },
};
