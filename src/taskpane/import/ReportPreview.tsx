/** One report before it is written: its figures as staff correct them, and what the checks say of them. */
import { Text } from "@fluentui/react-components";
import { memo } from "react";
import type { Extraction } from "../../domain/record/extraction";
import type { FieldId } from "../../domain/record/fields";
import { FindingList } from "../checks/FindingList";
import { PreviewTable } from "./PreviewTable";
import { type ReportItem, confirmedRecord, previewFindings } from "./reportItem";

export interface ReportPreviewProps {
  readonly item: ReportItem & { readonly extraction: Extraction };
  readonly onEdit: (id: number, field: FieldId, text: string) => void;
}

// Memoised: other reports being read must not re-render the 33 boxes of the one shown.
export const ReportPreview = memo(function ReportPreview({ item, onEdit }: ReportPreviewProps) {
  // Recomputed on each keystroke: one record's checks take well under a millisecond.
  const confirmed = confirmedRecord(item.extraction, item.inputs);
  const findings = previewFindings(item.extraction, confirmed.record);
  return (
    <>
      <Text as="h3" size={300} weight="semibold">
        {`Xem trước số liệu: ${item.name}`}
      </Text>
      <PreviewTable item={item} confirmed={confirmed} onEdit={(field, text) => onEdit(item.id, field, text)} />
      <Text as="h3" size={300} weight="semibold">
        Kết quả kiểm tra số liệu xem trước
      </Text>
      <FindingList findings={findings} emptyText="Không phát hiện số liệu không khớp." headingLevel="h4" />
    </>
  );
});
