/**
 * Public service units: "thành lập … 10 đơn vị sự nghiệp công lập" (the commune's units) and
 * "tự chủ tài chính … 11 đơn vị sự nghiệp" (those with financial autonomy). The sentence
 * decides which: "tự chủ" anywhere in it means autonomy; otherwise a founding or counting
 * verb before the figure ("thành lập", "gồm", "có") means the units themselves.
 */
import { COUNT, parseCount } from "../../text/numbers";
import { confidenceOf, type Parser, spaced } from "../parser";

const AUTONOMY = spaced(/\btu chu\b/);
const UNITS_COUNTED = spaced(/\b(?:thanh lap|gom|co|tong so|hien co|hien nay co)\b/);
const PUBLIC_SERVICE = spaced(/\bsu nghiep\b/);

export const unitsParser: Parser = {
  name: "units",
  pattern: new RegExp(`${COUNT}\\s{1,3}don\\s{1,3}vi(\\s{1,3}su\\s{1,3}nghiep)?\\b`, "g"),
  extract(match, context) {
    const value = parseCount(match[1] ?? "");
    if (value === undefined) return { fields: [] };
    const { folded } = context.doc;
    const { start, end } = context.sentences.bounds(match.index, 300);
    const before = folded.slice(start, match.index);
    if (match[2] === undefined && !PUBLIC_SERVICE.test(before)) return { fields: [] };
    const sentence = folded.slice(start, end);
    const confidence = confidenceOf(context, match.index, match.index + match[0].length);
    if (AUTONOMY.test(sentence)) return { fields: [{ field: "autonomousUnits", value, index: match.index, confidence }] };
    if (UNITS_COUNTED.test(before)) return { fields: [{ field: "publicServiceUnits", value, index: match.index, confidence }] };
    return { fields: [] };
  },
};
