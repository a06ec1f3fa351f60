/** VNeID accounts of residents: "kích hoạt tài khoản định danh điện tử mức độ 2 … 12.345/23.456 tài khoản đạt 52,6%". */
import { type Parser, spaced } from "../parser";
import { IDENTITY_PAIR, identityFields, identityStatement } from "./identity";

const PERSONAL = spaced(/\bkich hoat\b|\bmuc do\b|\bvneid\b|\bcong dan\b|\bnguoi dan\b|\bca nhan\b/);

export const vneidParser: Parser = {
  name: "vneid",
  pattern: IDENTITY_PAIR,
  extract(match, context) {
    const statement = identityStatement(match, context);
    if (!statement || statement.forOrganisations || !PERSONAL.test(statement.lead)) return { fields: [] };
    return { fields: identityFields(statement, match, context, { done: "vneidActivated", total: "vneidTotal", rate: "vneidRateStated" }) };
  },
};
