/**
 * The figures read from one report, each with the sentence it came from, in boxes staff can correct
 * before anything is written. A figure the extractor was unsure of carries a badge.
 */
import {
  Badge,
  Field,
  Input,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Extraction } from "../../domain/record/extraction";
import { FIELDS, type FieldId } from "../../domain/record/fields";
import { inputText } from "./fieldInput";
import { LOW_CONFIDENCE, type ConfirmedRecord, type ReportItem } from "./reportItem";

const useStyles = makeStyles({
  table: { tableLayout: "fixed", width: "100%" },
  field: { width: "28%" },
  value: { width: "24%" },
  source: { width: "34%" },
  confidence: { width: "14%" },
  cell: { verticalAlign: "top", paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS },
  sentence: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  absent: { color: tokens.colorNeutralForeground4 },
});

export interface PreviewTableProps {
  readonly item: ReportItem & { readonly extraction: Extraction };
  readonly confirmed: ConfirmedRecord;
  readonly onEdit: (field: FieldId, text: string) => void;
}

export function PreviewTable({ item, confirmed, onEdit }: PreviewTableProps) {
  const styles = useStyles();
  const { extraction } = item;
  return (
    <Table size="small" className={styles.table} aria-label={`Số liệu trích từ ${item.name}`}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.field}>Trường</TableHeaderCell>
          <TableHeaderCell className={styles.value}>Giá trị</TableHeaderCell>
          <TableHeaderCell className={styles.source}>Câu nguồn</TableHeaderCell>
          <TableHeaderCell className={styles.confidence}>Độ tin cậy</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {FIELDS.map(({ id, label }) => {
          const provenance = extraction.provenance[id];
          const error = confirmed.errors[id];
          const edited = item.inputs[id] !== undefined && confirmed.record[id] !== extraction.fields[id];
          return (
            <TableRow key={id} data-field={id}>
              <TableCell className={styles.cell}>
                <Text size={200}>{label}</Text>
              </TableCell>
              <TableCell className={styles.cell}>
                <Field size="small" validationState={error ? "error" : "none"} validationMessage={error}>
                  <Input
                    size="small"
                    aria-label={label}
                    value={item.inputs[id] ?? inputText(id, extraction.fields[id])}
                    onChange={(_, data) => onEdit(id, data.value)}
                  />
                </Field>
              </TableCell>
              <TableCell className={styles.cell}>
                {edited ? (
                  <Text size={200} className={styles.sentence}>
                    {`Đã sửa; giá trị trích từ báo cáo: ${inputText(id, extraction.fields[id]) || "không có"}.`}
                  </Text>
                ) : provenance ? (
                  <Text size={200} className={styles.sentence}>
                    {provenance.text}
                  </Text>
                ) : (
                  <Text size={200} className={styles.absent}>
                    Báo cáo không nêu
                  </Text>
                )}
              </TableCell>
              <TableCell className={styles.cell}>
                {provenance && !edited && provenance.confidence < LOW_CONFIDENCE && (
                  <Badge appearance="tint" color="warning" title="Đề nghị đối chiếu với câu nguồn">
                    {`Thấp ${Math.round(provenance.confidence * 100)}%`}
                  </Badge>
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
