/** "Kiểm tra": one row per finding, in the words staff read. */
import type { Finding, FindingKind } from "../checks/finding";
import { type CommuneRecord, fieldDefinition } from "../record/fields";
import type { Cell } from "./cells";
import { communeName, periodLabel } from "./identity";
import { CHECK_COLUMNS } from "./layout";

export const FINDING_KIND_LABELS: Record<FindingKind, string> = {
  exceeds: "Số bộ phận lớn hơn tổng",
  balance: "Số liệu không cân đối",
  "stated-percent": "Tỷ lệ nêu không khớp",
  numbering: "Số, ngày văn bản",
  missing: "Thiếu số liệu",
  date: "Ngày tháng",
  disagreement: "Số liệu nêu khác nhau",
};

export function checkRows(checked: readonly { record: CommuneRecord; findings: readonly Finding[] }[]): Cell[][] {
  return [
    CHECK_COLUMNS.map((c) => c.header),
    ...checked.flatMap(({ record, findings }) =>
      findings.map((finding) => [
        communeName(record),
        periodLabel(record),
        finding.severity,
        FINDING_KIND_LABELS[finding.kind],
        finding.message,
        finding.suggestion,
        finding.fields.map((id) => fieldDefinition(id).label).join("; "),
      ]),
    ),
  ];
}
