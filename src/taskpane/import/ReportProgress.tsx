/** One line per report being imported: its name, a progress bar and what became of it. */
import { Button, Field, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import { memo } from "react";
import type { ReportItem, ReportStatus } from "./reportItem";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  field: { flexGrow: 1, minWidth: 0 },
});

const STATE: Readonly<Record<ReportStatus, { text: string; validation: "none" | "success" | "error" }>> = {
  waiting: { text: "Đang chờ đọc", validation: "none" },
  reading: { text: "Đang đọc và trích xuất số liệu…", validation: "none" },
  ready: { text: "Đã trích xuất số liệu", validation: "success" },
  failed: { text: "Không đọc được", validation: "error" },
};

interface ReportLineProps {
  readonly item: ReportItem;
  readonly selected: boolean;
  /** Whether to offer "Xem": only when there is more than one report to choose from. */
  readonly choosable: boolean;
  readonly onSelect: (id: number) => void;
  readonly onRemove: (id: number) => void;
}

// Memoised: a province is 135 reports, and each step of one must not re-render the others.
const ReportLine = memo(function ReportLine({ item, selected, choosable, onSelect, onRemove }: ReportLineProps) {
  const styles = useStyles();
  const state = STATE[item.status];
  return (
    <li className={styles.item}>
      <Field className={styles.field} label={item.name} validationState={state.validation} validationMessage={item.failure ?? state.text}>
        <ProgressBar
          aria-label={`Tiến độ đọc ${item.name}`}
          value={item.status === "reading" ? undefined : item.status === "waiting" ? 0 : 1}
          color={item.status === "failed" ? "error" : item.status === "ready" ? "success" : "brand"}
        />
      </Field>
      {item.status === "ready" && choosable && (
        <Button size="small" appearance={selected ? "primary" : "secondary"} aria-pressed={selected} onClick={() => onSelect(item.id)}>
          Xem
        </Button>
      )}
      {item.status === "failed" && (
        <Button size="small" aria-label={`Bỏ ${item.name} khỏi danh sách`} onClick={() => onRemove(item.id)}>
          Bỏ
        </Button>
      )}
    </li>
  );
});

export interface ReportProgressProps {
  readonly items: readonly ReportItem[];
  readonly selectedId: number | undefined;
  readonly onSelect: (id: number) => void;
  /** Takes a report that could not be read off the list. */
  readonly onRemove: (id: number) => void;
}

export function ReportProgress({ items, selectedId, onSelect, onRemove }: ReportProgressProps) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label="Các báo cáo đang nhập">
      {items.map((item) => (
        <ReportLine
          key={item.id}
          item={item}
          selected={item.id === selectedId}
          choosable={items.length > 1}
          onSelect={onSelect}
          onRemove={onRemove}
        />
      ))}
    </ul>
  );
}
