/** The deadline for the remediation report: "báo cáo kết quả khắc phục … trước ngày 20/11/2025". */
import { anyDate, dateFromMatch, dateIndex } from "../../text/dates";
import { confidenceOf, type Parser, spaced } from "../parser";

const REMEDIATION = spaced(/khac phuc|bao cao ket qua/);
const LOOK_BACK = 250;

export const deadlineParser: Parser = {
  name: "deadline",
  pattern: spaced(new RegExp(`\\b(?:truoc|cham nhat(?: la)?|han chot(?: la)?)\\s{1,3}(?:ngay\\s{1,3})?${anyDate("deadline")}`, "gd")),
  extract(match, context) {
    const before = context.doc.folded.slice(Math.max(0, match.index - LOOK_BACK), match.index);
    if (!REMEDIATION.test(before)) return { fields: [] };
    const value = dateFromMatch(match, "deadline", context.contextYear);
    if (value === null) return { fields: [] };
    const index = dateIndex(match, "deadline");
    return {
      fields: [
        { field: "remediationDeadline", value, index, confidence: confidenceOf(context, match.index, match.index + match[0].length) },
      ],
    };
  },
};
