/**
 * Civil-servant and public-employee posts: "được giao 45 biên chế công chức, 234 biên chế viên
 * chức" (quotas), "có mặt 28/40 biên chế công chức", "190/215 biên chế viên chức" (in post / quota),
 * and people in post counted without the word "biên chế": "hiện có 35 công chức (và 140 viên chức)";
 * the quota may also follow its words: "biên chế công chức được giao là 45".
 */
import type { FieldId } from "../../record/fields";
import { COUNT, COUNT_SOURCE, NUMBER_END, PAIR, namedCount, namedPair, parseCount } from "../../text/numbers";
import { confidenceOf, type Candidate, type Parser } from "../parser";

/** A single count that says who is in post rather than how many posts are assigned. */
const PRESENT_BEFORE = /(?:co\s{1,3}mat|hien\s{1,3}co|thuc\s{1,3}te|hien\s{1,3}dang)\s{0,3}:?\s{0,3}$/;

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
    const fields: Candidate[] = [];
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

/**
 * The count of people in post closes its clause: "hiện có 35 công chức chưa đạt chuẩn" counts
 * something else.
 */
const CLAUSE_CLOSES = String.raw`(?=\s{0,3}(?:[,.;:)]|va\b|$))`;
/** A word "chức" as OCR may leave it ("chuc", "chic", "chirc", "chtrc"). */
const CHUC = String.raw`ch[a-z]{1,4}\b`;

export const staffInPostParser: Parser = {
  name: "staffInPost",
  pattern: new RegExp(
    `\\b(?:hien\\s{1,3}(?:dang\\s{1,3})?co|co\\s{1,3}mat)\\s{0,3}:?\\s{0,3}${COUNT}\\s{1,3}(?:(cong)|vien)\\s{1,3}${CHUC}` +
      `(?:\\s{0,3}(?:,|va)\\s{1,3}${COUNT}\\s{1,3}vien\\s{1,3}${CHUC})?${CLAUSE_CLOSES}`,
    "gd",
  ),
  extract(match, context) {
    const [, first, civil, second] = match;
    const confidence = confidenceOf(context, match.index, match.index + match[0].length);
    const fields: Candidate[] = [];
    const firstValue = parseCount(first ?? "");
    if (firstValue !== undefined) {
      const field: FieldId = civil ? "civilServantPresent" : "publicEmployeePresent";
      fields.push({ field, value: firstValue, index: match.indices?.[1]?.[0] ?? match.index, confidence });
    }
    const secondValue = civil && second !== undefined ? parseCount(second) : undefined;
    if (secondValue !== undefined) {
      fields.push({ field: "publicEmployeePresent", value: secondValue, index: match.indices?.[3]?.[0] ?? match.index, confidence });
    }
    return { fields };
  },
};

export const quotaAfterParser: Parser = {
  name: "quotaAfter",
  pattern: new RegExp(
    `\\bbien\\s{1,3}che\\s{1,3}(?:(cong)|vien)\\s{1,3}${CHUC}\\s{0,3}(?:duoc\\s{1,3})?giao\\s{0,3}(?:la|:)?\\s{0,3}${COUNT}`,
    "gd",
  ),
  extract(match, context) {
    const value = parseCount(match[2] ?? "");
    if (value === undefined) return { fields: [] };
    const field: FieldId = match[1] ? "civilServantQuota" : "publicEmployeeQuota";
    const confidence = confidenceOf(context, match.index, match.index + match[0].length);
    return { fields: [{ field, value, index: match.indices?.[2]?.[0] ?? match.index, confidence }] };
  },
};

/** Who is in post out of how many posts, written around the words "công chức" / "viên chức". */
function inPostOfPosts(name: string, pattern: RegExp): Parser {
  return {
    name,
    pattern,
    extract(match, context) {
      const groups = match.groups ?? {};
      const at = match.indices?.groups ?? {};
      const present = parseCount(groups.present ?? "");
      const quota = parseCount(groups.quota ?? "");
      if (present === undefined || quota === undefined) return { fields: [] };
      // "công chức: 12/2025" is a month, not a pair.
      if (present <= 12 && quota >= 1900 && quota <= 2199) return { fields: [] };
      const civil = groups.kind === "cong";
      const confidence = confidenceOf(context, match.index, match.index + match[0].length);
      return {
        fields: [
          {
            field: civil ? "civilServantPresent" : "publicEmployeePresent",
            value: present,
            index: at.present?.[0] ?? match.index,
            confidence,
          },
          { field: civil ? "civilServantQuota" : "publicEmployeeQuota", value: quota, index: at.quota?.[0] ?? match.index, confidence },
        ],
      };
    },
  };
}

const KIND = String.raw`(?<kind>cong|vien)\s{1,3}${CHUC}`;

/** "hiện có 58 công chức/60 biên chế được giao", "37 công chức trên 40 biên chế", "96 viên chức/104 biên chế viên chức". */
export const staffOfPostsParser = inPostOfPosts(
  "staffOfPosts",
  new RegExp(
    `${namedCount("present")}\\s{1,3}${KIND}\\s{0,3}(?:\\/|tren(?:\\s{1,3}tong\\s{1,3}so)?)\\s{0,3}(?<quota>${COUNT_SOURCE})${NUMBER_END}\\s{1,3}bien\\s{1,3}che`,
    "gd",
  ),
);

/** "viên chức: 241/256", "viên chức có mặt 190/215 biên chế". */
export const staffPairAfterParser = inPostOfPosts(
  "staffPairAfter",
  new RegExp(`\\b${KIND}\\s{0,3}(?:co\\s{1,3}mat\\s{0,3}:?|:)\\s{0,3}${namedPair("present", "quota")}`, "gd"),
);

/** "hiện có mặt 41/38 công chức". */
export const staffPairBeforeParser = inPostOfPosts(
  "staffPairBefore",
  new RegExp(`\\b(?:co\\s{1,3}mat|hien\\s{1,3}co)\\s{0,3}:?\\s{0,3}${namedPair("present", "quota")}\\s{1,3}${KIND}`, "gd"),
);
