/** E-ID accounts of organisations: "cấp tài khoản định danh điện tử cho tổ chức 31/30 cơ quan, doanh nghiệp, tổ chức …, đạt 103.33%". */
import { confidenceOf, type FieldMatch, type Parser } from "../parser";
import { IDENTITY_PAIR, identityStatement } from "./identity";

export const orgEidParser: Parser = {
  name: "orgEid",
  pattern: IDENTITY_PAIR,
  extract(match, context) {
    const statement = identityStatement(match, context);
    if (!statement || !statement.forOrganisations) return { fields: [] };
    const confidence = confidenceOf(context, statement.pairStart, match.index + match[0].length);
    const fields: FieldMatch[] = [
      { field: "orgEidIssued", value: statement.done, index: statement.pairStart, confidence },
      { field: "orgEidTotal", value: statement.total, index: match.indices?.[2]?.[0] ?? match.index, confidence },
    ];
    const percent = statement.percent();
    if (percent) fields.push({ field: "orgEidRateStated", value: percent.value, index: percent.index, confidence });
    return { fields };
  },
};
