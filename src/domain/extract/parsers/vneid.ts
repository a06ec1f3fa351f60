/** VNeID accounts of residents: "kích hoạt tài khoản định danh điện tử mức độ 2 … 12.345/23.456 tài khoản đạt 52,6%". */
import { confidenceOf, type FieldMatch, type Parser, spaced } from "../parser";
import { IDENTITY_PAIR, identityStatement } from "./identity";

const PERSONAL = spaced(/\bkich hoat\b|\bmuc do\b|\bvneid\b|\bcong dan\b|\bnguoi dan\b|\bca nhan\b/);

export const vneidParser: Parser = {
  name: "vneid",
  pattern: IDENTITY_PAIR,
  extract(match, context) {
    const statement = identityStatement(match, context);
    if (!statement || statement.forOrganisations || !PERSONAL.test(statement.lead)) return { fields: [] };
    const confidence = confidenceOf(context, statement.pairStart, match.index + match[0].length);
    const fields: FieldMatch[] = [
      { field: "vneidActivated", value: statement.done, index: statement.pairStart, confidence },
      { field: "vneidTotal", value: statement.total, index: match.indices?.[2]?.[0] ?? match.index, confidence },
    ];
    const percent = statement.percent();
    if (percent) fields.push({ field: "vneidRateStated", value: percent.value, index: percent.index, confidence });
    return { fields };
  },
};
