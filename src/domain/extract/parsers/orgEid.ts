/** E-ID accounts of organisations: "cấp tài khoản định danh điện tử cho tổ chức 31/30 cơ quan, doanh nghiệp, tổ chức …, đạt 103.33%". */
import type { Parser } from "../parser";
import { IDENTITY_PAIR, identityFields, identityStatement } from "./identity";

export const orgEidParser: Parser = {
  name: "orgEid",
  pattern: IDENTITY_PAIR,
  extract(match, context) {
    const statement = identityStatement(match, context);
    if (!statement || !statement.forOrganisations) return { fields: [] };
    return { fields: identityFields(statement, match, context, { done: "orgEidIssued", total: "orgEidTotal", rate: "orgEidRateStated" }) };
  },
};
