/**
 * One figure of a report under review, in one compact line: the indicator, its value in a box staff can
 * correct, and a button that shows where the report states it. Under it, why it needs a look and the
 * entry's error, if any; the source opens below on demand.
 */
import { Input, Label, Text, ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import { memo, useState } from "react";
import type { Extraction } from "../../domain/record/extraction";
import { type FieldId, fieldDefinition } from "../../domain/record/fields";
import { SEVERITY_LABEL } from "../wording";
import { clauseAround } from "./clause";
import { COMPACT_ROW } from "./compactRow";
import { inputText } from "./fieldInput";
import type { ReviewReason } from "./review";

const useStyles = makeStyles({
  row: COMPACT_ROW.row,
  line: COMPACT_ROW.line,
  label: COMPACT_ROW.name,
  value: { width: "104px", flexShrink: 0 },
  source: { flexShrink: 0, minWidth: "auto" },
  reasons: { color: tokens.colorNeutralForeground3 },
  serious: { color: tokens.colorPaletteRedForeground1 },
  error: { color: tokens.colorPaletteRedForeground1 },
  quote: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: "anywhere",
  },
  figure: { backgroundColor: tokens.colorPaletteYellowBackground2, fontWeight: tokens.fontWeightSemibold },
});

function reasonText(reason: ReviewReason): string {
  switch (reason.kind) {
    case "invalid":
      return "ô nhập chưa hợp lệ";
    case "finding":
      return `${SEVERITY_LABEL[reason.severity].toLocaleLowerCase("vi")} trong kết quả kiểm tra`;
    case "low-confidence":
      return `độ tin cậy thấp (${Math.round(reason.confidence * 100)}%), đề nghị đối chiếu nguồn`;
    case "missing":
      return "báo cáo không nêu";
  }
}

/** The reasons as one sentence: "Lỗi trong kết quả kiểm tra; độ tin cậy thấp (80%)…". */
function reasonsSentence(reasons: readonly ReviewReason[]): string {
  const sentence = reasons.map(reasonText).join("; ");
  return sentence.charAt(0).toLocaleUpperCase("vi") + sentence.slice(1);
}

export interface FigureRowProps {
  readonly field: FieldId;
  readonly extraction: Extraction;
  /** The report's running text, where the provenance's index points. */
  readonly text: string;
  /** What staff typed, if anything. */
  readonly input: string | undefined;
  readonly error: string | undefined;
  readonly reasons: readonly ReviewReason[];
  /** Prefix of the element ids, unique on the page ("review-3"). */
  readonly idPrefix: string;
  readonly onEdit: (field: FieldId, text: string) => void;
}

export const FigureRow = memo(function FigureRow({ field, extraction, text, input, error, reasons, idPrefix, onEdit }: FigureRowProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const { label, kind } = fieldDefinition(field);
  const provenance = extraction.provenance[field];
  const extracted = extraction.fields[field];
  const edited = input !== undefined && input.trim() !== inputText(field, extracted);
  const id = `${idPrefix}-${field}`;
  const described = [reasons.length > 0 ? `${id}-why` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  const clause = provenance ? clauseAround(text, provenance.index) : undefined;
  const serious = reasons.some((r) => r.kind === "invalid" || (r.kind === "finding" && r.severity === "lỗi"));
  return (
    <div className={styles.row} data-field={field} role="group" aria-labelledby={`${id}-label`}>
      <div className={styles.line}>
        <Label id={`${id}-label`} htmlFor={`${id}-input`} size="small" className={styles.label}>
          {label}
        </Label>
        <Input
          id={`${id}-input`}
          size="small"
          className={styles.value}
          input={{ style: { minWidth: 0 } }}
          value={input ?? inputText(field, extracted)}
          aria-invalid={error ? true : undefined}
          aria-describedby={described || undefined}
          contentAfter={kind === "percent" ? <Text size={200}>%</Text> : undefined}
          onChange={(_, data) => onEdit(field, data.value)}
        />
        <ToggleButton
          size="small"
          appearance="subtle"
          className={styles.source}
          checked={open}
          aria-expanded={open}
          aria-controls={`${id}-source`}
          aria-label={`Nguồn của ${label}`}
          onClick={() => setOpen((o) => !o)}
        >
          Nguồn
        </ToggleButton>
      </div>
      {reasons.length > 0 && (
        <Text id={`${id}-why`} size={200} className={serious ? styles.serious : styles.reasons}>
          {reasonsSentence(reasons)}
        </Text>
      )}
      {error && (
        <Text id={`${id}-error`} size={200} className={styles.error}>
          {error}
        </Text>
      )}
      {open && (
        <div id={`${id}-source`} className={styles.quote}>
          {edited && (
            <Text as="p" size={200} block>
              {`Đã sửa; giá trị trích từ báo cáo: ${inputText(field, extracted) || "không có"}.`}
            </Text>
          )}
          {provenance && (provenance.location || provenance.page) && (
            <Text as="p" size={200} weight="semibold" block>
              {[provenance.location, provenance.page ? `Trang ${provenance.page}` : undefined].filter(Boolean).join("; ")}
            </Text>
          )}
          {clause ? (
            <Text as="p" size={200} block>
              “{clause.before}
              <mark className={styles.figure}>{clause.figure}</mark>
              {clause.after}”
            </Text>
          ) : (
            <Text as="p" size={200} block>
              Báo cáo không nêu số liệu này.
            </Text>
          )}
        </div>
      )}
    </div>
  );
});
