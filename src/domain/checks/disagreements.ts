/**
 * Findings on figures a report gives twice: a table and the prose that state one figure
 * differently (a warning naming both places; the record keeps the table's figure, read by row
 * and column), and a total row that is not the sum of the sector rows above it.
 */
import { formatCount } from "../format/vietnamese";
import type { Disagreement, Extraction } from "../record/extraction";
import { fieldDefinition } from "../record/fields";
import type { Finding } from "./finding";
import { capitalise, formatStatedPercent, nounOf } from "./wording";

function written(disagreement: Disagreement, value: number): string {
  return fieldDefinition(disagreement.field).kind === "percent" ? formatStatedPercent(value) : formatCount(value);
}

function findingOf(disagreement: Disagreement): Finding {
  const noun = nounOf(disagreement.field);
  const value = written(disagreement, disagreement.value);
  const other = written(disagreement, disagreement.other);
  if (disagreement.kind === "total-row") {
    return {
      rule: "bang-tong-cong",
      kind: "balance",
      severity: "cảnh báo",
      fields: [disagreement.field],
      message: `${capitalise(noun)} tại ${disagreement.at} là ${value}, khác ${other} là ${disagreement.otherAt}.`,
      suggestion: "Đề nghị đối chiếu dòng tổng với các dòng chi tiết của bảng.",
      values: { [disagreement.field]: disagreement.value },
    };
  }
  return {
    rule: "bang-va-van-ban",
    kind: "disagreement",
    severity: "cảnh báo",
    fields: [disagreement.field],
    message: `${capitalise(noun)} tại ${disagreement.at} là ${value}, nhưng ${disagreement.otherAt} nêu ${other}.`,
    suggestion: `Số liệu lấy theo bảng (${value}); đề nghị xác minh lại với đơn vị.`,
    values: { [disagreement.field]: disagreement.value },
  };
}

export function disagreementFindings(extraction: Extraction): Finding[] {
  return (extraction.disagreements ?? []).map(findingOf);
}
