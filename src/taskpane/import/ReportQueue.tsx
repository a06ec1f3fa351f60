/**
 * The reports picked or pasted, one compact line each: the file, the commune once read, and its state
 * (đang đọc, cần xem, đã đọc, đã ghi, lỗi). A line opens its report; one being read can be cancelled.
 */
import { Button, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import { memo } from "react";
import { countOf } from "../wording";
import { COMPACT_ROW } from "./compactRow";
import { type QueueState, type ReportItem, queueState } from "./importState";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    maxHeight: "30vh",
    overflowY: "auto",
  },
  item: COMPACT_ROW.row,
  line: COMPACT_ROW.line,
  name: COMPACT_ROW.name,
  state: { flexShrink: 0 },
  failure: { color: tokens.colorPaletteRedForeground1, overflowWrap: "anywhere" },
  selected: { fontWeight: tokens.fontWeightSemibold },
});

const STATE_LABEL: Readonly<Record<QueueState, string>> = {
  "đang đọc": "Đang đọc",
  "cần xem": "Cần xem",
  "đã đọc": "Đã đọc",
  "đã ghi": "Đã ghi",
  lỗi: "Lỗi",
};

interface QueueLineProps {
  readonly item: ReportItem;
  readonly selected: boolean;
  readonly onSelect: (id: number) => void;
  readonly onCancel: (id: number) => void;
  readonly onRemove: (id: number) => void;
}

// Memoised: a province is 135 reports, and each step of one must not re-render the others.
const QueueLine = memo(function QueueLine({ item, selected, onSelect, onCancel, onRemove }: QueueLineProps) {
  const styles = useStyles();
  const state = queueState(item);
  const commune = item.extraction?.fields.commune;
  const title = commune ? `${commune} (${item.name})` : item.name;
  const reading = state === "đang đọc";
  const progress = item.progress
    ? `Đang nhận dạng trang ${countOf(item.progress.page)}/${countOf(item.progress.pages)}`
    : item.status === "waiting"
      ? "Đang chờ đọc"
      : "Đang đọc và trích xuất số liệu…";
  return (
    <li className={styles.item} data-state={state}>
      <div className={styles.line}>
        <Text size={200} className={`${styles.name} ${selected ? styles.selected : ""}`}>
          {title}
        </Text>
        <Text size={200} className={styles.state}>
          {STATE_LABEL[state]}
        </Text>
        {item.status === "ready" && !selected && (
          <Button size="small" aria-label={`Xem ${title}`} onClick={() => onSelect(item.id)}>
            Xem
          </Button>
        )}
        {reading && (
          <Button size="small" aria-label={`Hủy đọc ${item.name}`} onClick={() => onCancel(item.id)}>
            Hủy
          </Button>
        )}
        {(state === "lỗi" || state === "đã ghi") && (
          <Button size="small" aria-label={`Bỏ ${item.name} khỏi danh sách`} onClick={() => onRemove(item.id)}>
            Bỏ
          </Button>
        )}
      </div>
      {reading && (
        <ProgressBar
          aria-label={progress}
          aria-valuetext={progress}
          value={item.progress ? item.progress.page / item.progress.pages : undefined}
        />
      )}
      {reading && (
        <Text size={200} aria-live="polite">
          {progress}
        </Text>
      )}
      {item.failure && (
        <Text size={200} className={styles.failure}>
          {item.failure}
        </Text>
      )}
    </li>
  );
});

export interface ReportQueueProps {
  readonly items: readonly ReportItem[];
  readonly selectedId: number | undefined;
  readonly onSelect: (id: number) => void;
  readonly onCancel: (id: number) => void;
  readonly onRemove: (id: number) => void;
}

export function ReportQueue({ items, selectedId, ...actions }: ReportQueueProps) {
  const styles = useStyles();
  return (
    // Focusable: the list scrolls when long, and keyboard users must be able to scroll it.
    <ul className={styles.list} aria-label="Các báo cáo đã chọn" tabIndex={items.length > 4 ? 0 : undefined}>
      {items.map((item) => (
        <QueueLine key={item.id} item={item} selected={item.id === selectedId} {...actions} />
      ))}
    </ul>
  );
}
