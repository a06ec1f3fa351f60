/**
 * A rate of electronic identification stated without its counts: "Tỷ lệ kích hoạt tài khoản
 * định danh điện tử mức độ 2 đạt 93,4%", "định danh điện tử cho tổ chức đạt 86,1%". Kept as the
 * stated rate, so that ratios, checks and drafts can use it where the counts are absent; a rate
 * stated with its counts wins (refiners/ratesAlone). A coverage goal ("đạt tỷ lệ 100% tổ chức")
 * or a target ("đảm bảo đạt 100%") is no rate.
 */
import { PERCENT, parsePercent } from "../../text/numbers";
import { confidenceOf, spaced, type Parser } from "../parser";

const IDENTIFICATION = spaced(/\bdinh danh\b|\bvneid\b/);
const FOR_ORGANISATIONS = spaced(/\bto chuc\b|\bdoanh nghiep\b/);
const PERSONAL = spaced(/\bkich hoat\b|\bmuc do\b|\bvneid\b|\bcong dan\b|\bnguoi dan\b|\bca nhan\b/);
/** The percent is what the sentence reaches: "đạt 93,4%", "đạt tỷ lệ 93,4%", "tỷ lệ …: 93,4%". */
const REACHED = /(?:\bdat(?:\s{1,3}ty\s{1,3}le)?|\bchiem|\bla|:)\s{0,3}$/;
const GOAL = spaced(/\b(?:dam bao|phan dau|muc tieu|chi tieu|ke hoach|tiep tuc|can|phai)\b/);
/** "100% tổ chức": a share of things, not a rate reached. */
const COVERAGE = spaced(/^\s{0,3}(?:cac |so )?(?:to chuc|cong dan|nguoi dan|doanh nghiep|don vi|ho so|tai khoan|thon|xa)\b/);
/** A pair in the sentence: the pair parsers read the rate with its counts. */
const HAS_COUNTS = /\d\s?\/\s?\d|\btren\s{1,3}tong\s{1,3}so\b/;
const LEAD_REACH = 200;

export const identityRateParser: Parser = {
  name: "identityRate",
  pattern: new RegExp(PERCENT, "g"),
  extract(match, context) {
    const { folded } = context.doc;
    const { start, end } = context.sentences.bounds(match.index, LEAD_REACH);
    const lead = folded.slice(start, match.index);
    if (!IDENTIFICATION.test(lead) || !REACHED.test(lead) || GOAL.test(lead)) return { fields: [] };
    if (HAS_COUNTS.test(folded.slice(start, end)) || COVERAGE.test(folded.slice(match.index + match[0].length, end))) return { fields: [] };
    const value = parsePercent(match[1] ?? "");
    if (value === undefined) return { fields: [] };
    const organisations = FOR_ORGANISATIONS.test(lead.slice(lead.search(IDENTIFICATION)));
    if (!organisations && !PERSONAL.test(lead)) return { fields: [] };
    const confidence = confidenceOf(context, match.index, match.index + match[0].length);
    return {
      fields: [{ field: organisations ? "orgEidRateStated" : "vneidRateStated", value, index: match.index, confidence, rateAlone: true }],
    };
  },
};
