/**
 * Figures staff changed by hand in the workbook since the last import, which the new report would
 * replace: the value in the sheet and the one from the report side by side, a choice per figure.
 */
import {
  Button,
  Radio,
  RadioGroup,
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
import { fieldDefinition } from "../../domain/record/fields";
import { type ConflictDecision, type ImportConflict, conflictKey, shownValue } from "./conflicts";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  table: { tableLayout: "fixed", width: "100%" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface ConflictChoicesProps {
  readonly conflicts: readonly ImportConflict[];
  readonly decisions: ReadonlyMap<string, ConflictDecision>;
  readonly busy: boolean;
  readonly onDecide: (conflict: ImportConflict, decision: ConflictDecision) => void;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

export function ConflictChoices({ conflicts, decisions, busy, onDecide, onConfirm, onCancel }: ConflictChoicesProps) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby="conflicts-heading">
      {/* Focusable: focus moves here when the conflicts appear after "Ghi vào sổ tính". */}
      <Text as="h3" id="conflicts-heading" size={300} weight="semibold" tabIndex={-1}>
        Số liệu đã được sửa trực tiếp trong sổ tính
      </Text>
      <Text as="p">
        Các số liệu dưới đây đã được sửa trong sổ tính sau lần nhập trước và khác với số liệu trong báo cáo. Đề nghị chọn giữ số trong sổ
        tính hoặc thay bằng số từ báo cáo cho từng số liệu; chưa có gì được ghi.
      </Text>
      <Table size="small" className={styles.table} aria-labelledby="conflicts-heading">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Xã, chỉ tiêu</TableHeaderCell>
            <TableHeaderCell>Trong sổ tính</TableHeaderCell>
            <TableHeaderCell>Từ báo cáo</TableHeaderCell>
            <TableHeaderCell>Giữ / thay</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {conflicts.map((conflict) => {
            const key = conflictKey(conflict);
            const label = fieldDefinition(conflict.field).label;
            return (
              <TableRow key={key} data-field={conflict.field}>
                <TableCell>
                  <Text size={200}>{`${conflict.commune}${conflict.period ? ` (${conflict.period})` : ""}: ${label}`}</Text>
                </TableCell>
                <TableCell>{shownValue(conflict.field, conflict.sheetValue)}</TableCell>
                <TableCell>{shownValue(conflict.field, conflict.importedValue)}</TableCell>
                <TableCell>
                  <RadioGroup
                    aria-label={`${label} của ${conflict.commune}`}
                    value={decisions.get(key) ?? "keep"}
                    onChange={(_, data) => onDecide(conflict, data.value === "replace" ? "replace" : "keep")}
                  >
                    <Radio value="keep" label="Giữ" />
                    <Radio value="replace" label="Thay" />
                  </RadioGroup>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={onConfirm}>
          {busy ? "Đang ghi…" : "Ghi theo lựa chọn"}
        </Button>
        <Button disabled={busy} onClick={onCancel}>
          Hủy, chưa ghi
        </Button>
      </div>
    </section>
  );
}
