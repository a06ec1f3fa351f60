/**
 * Civil-servant and public-employee posts: "được giao 45 biên chế công chức, 234 biên chế viên
 * chức" (quotas), "có mặt 28/40 biên chế công chức", "190/215 biên chế viên chức" (in post / quota).
 */
import type { FieldId } from "../../record/fields";
import { COUNT, PAIR, parseCount } from "../../text/numbers";
import { confidenceOf, type FieldMatch, type Parser } from "../parser";

/** A single count that says who is in post rather than how many posts are assigned. */
const PRESENT_BEFORE = /(?:co mat|hien co|thuc te|hien dang)\s{0,3}:?\s{0,3}$/;

export const staffingParser: Parser = {
  name: "staffing",
  pattern: new RegExp(`(?:${PAIR}|${COUNT})\\s{1,3}bien\\s{1,3}che\\s{1,3}(?:(cong)|(vien|su nghiep))\\b`, "gd"),
  extract(match, context) {
    const [, present, quota, single, civil] = match;
    const indices = match.indices;
    const [presentField, quotaField]: [FieldId, FieldId] = civil
      ? ["civilServantPresent", "civilServantQuota"]
      : ["publicEmployeePresent", "publicEmployeeQuota"];
    const confidence = confidenceOf(context, match.index, match.index + match[0].length);
    const fields: FieldMatch[] = [];
    if (present !== undefined && quota !== undefined) {
      const inPost = parseCount(present);
      const posts = parseCount(quota);
      if (inPost !== undefined) fields.push({ field: presentField, value: inPost, index: indices?.[1]?.[0] ?? match.index, confidence });
      if (posts !== undefined) fields.push({ field: quotaField, value: posts, index: indices?.[2]?.[0] ?? match.index, confidence });
    } else if (single !== undefined) {
      const value = parseCount(single);
      const before = context.doc.folded.slice(Math.max(0, match.index - 30), match.index);
      const field = PRESENT_BEFORE.test(before) ? presentField : quotaField;
      if (value !== undefined) fields.push({ field, value, index: indices?.[3]?.[0] ?? match.index, confidence });
    }
    return { fields };
  },
};
