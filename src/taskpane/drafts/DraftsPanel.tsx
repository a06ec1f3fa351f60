/**
 * "Dự thảo": the recommendation paragraphs drafted for a commune, each with why it is there,
 * boxes to keep or add paragraphs (starting from the selection stored for the commune), a preview,
 * and copy buttons. Presentational: the drafts, the sheet writer and the clipboard come through props.
 */
import { Button, Checkbox, Field, MessageBar, MessageBarBody, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { errorMessage } from "../../presentation/errorMessage";
import type { DraftResult } from "../../domain/drafts/draftNotice";
import { type DraftSelection, NO_SELECTION } from "../../domain/drafts/selectionCell";
import { type ClipboardContent, copyRich } from "./clipboard";
import { clipboardContent, toggleChoice } from "./selection";

export interface CommuneOption {
  /** Stable key, e.g. the row of the commune in the workbook. */
  readonly key: string;
  /** Name shown to staff. */
  readonly name: string;
  /** The selection stored for the commune (in the sheet "Dự thảo"), where the boxes start from. */
  readonly selection?: DraftSelection;
}

export interface DraftsPanelProps {
  readonly communes: readonly CommuneOption[];
  /** The draft for a commune with staff's selection applied (pure: called on every change). */
  readonly draftsFor: (communeKey: string, selection: DraftSelection) => DraftResult;
  /** Writes the commune's draft with this selection to the sheet "Dự thảo"; resolves to what was done, in Vietnamese. */
  readonly onWriteSheet: (communeKey: string, selection: DraftSelection) => Promise<string>;
  /** Puts text and HTML on the clipboard; the browser clipboard unless a test gives another. */
  readonly copy?: (content: ClipboardContent) => Promise<boolean>;
}

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  reason: { color: tokens.colorNeutralForeground3, paddingLeft: tokens.spacingHorizontalXXL },
  text: { paddingLeft: tokens.spacingHorizontalXXL, margin: 0 },
  copyOne: { alignSelf: "flex-start", marginLeft: tokens.spacingHorizontalXXL },
  preview: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    maxHeight: "40vh",
    overflowY: "auto",
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** The result of the last action, shown next to the button that caused it (`at`: a paragraph's id, or "actions"). */
type Status = { readonly intent: "success" | "error"; readonly message: string; readonly at: string } | null;

const ACTIONS = "actions";

/** The result of an action, right under its button; it takes the focus when it appears. */
function StatusBar({ status }: { status: NonNullable<Status> }) {
  useEffect(() => {
    document.getElementById("drafts-status")?.focus();
  }, [status]);
  return (
    <MessageBar id="drafts-status" intent={status.intent} tabIndex={-1} aria-label={status.message}>
      <MessageBarBody>{status.message}</MessageBarBody>
    </MessageBar>
  );
}

const COPY_FAILED = "Không sao chép được vào bộ nhớ tạm. Hãy bôi đen nội dung ở phần xem trước và nhấn Ctrl+C.";

export function DraftsPanel({ communes, draftsFor, onWriteSheet, copy = copyRich }: DraftsPanelProps) {
  const styles = useStyles();
  const [communeKey, setCommuneKey] = useState(communes[0]?.key ?? "");
  const [selection, setSelection] = useState<DraftSelection>(communes[0]?.selection ?? NO_SELECTION);
  const [status, setStatus] = useState<Status>(null);
  const [writing, setWriting] = useState(false);
  const current = communes.find((c) => c.key === communeKey) ?? communes[0];
  const draft = useMemo(() => (current ? draftsFor(current.key, selection) : undefined), [current, draftsFor, selection]);

  if (!current || !draft) {
    return (
      <section aria-labelledby="drafts-heading" className={styles.panel}>
        <Text as="h2" id="drafts-heading" size={400} weight="semibold">
          Dự thảo kiến nghị
        </Text>
        <Text as="p">Chưa có số liệu xã nào. Hãy nhập báo cáo của xã trước khi dự thảo kiến nghị.</Text>
      </section>
    );
  }

  async function copyParts(parts: Parameters<typeof clipboardContent>[0], done: string, at: string) {
    const copied = await copy(clipboardContent(parts));
    setStatus(copied ? { intent: "success", message: done, at } : { intent: "error", message: COPY_FAILED, at });
  }

  async function writeSheet(key: string, chosen: DraftSelection) {
    setWriting(true);
    try {
      setStatus({ intent: "success", message: await onWriteSheet(key, chosen), at: ACTIONS });
    } catch (error) {
      setStatus({ intent: "error", message: errorMessage("Không ghi được vào trang tính “Dự thảo”", error), at: ACTIONS });
    } finally {
      setWriting(false);
    }
  }

  return (
    <section aria-labelledby="drafts-heading" className={styles.panel}>
      <Text as="h2" id="drafts-heading" size={400} weight="semibold">
        Dự thảo kiến nghị
      </Text>
      {communes.length > 1 ? (
        <Field label="Xã, phường">
          <Select
            value={current.key}
            onChange={(_, data) => {
              setCommuneKey(data.value);
              setSelection(communes.find((c) => c.key === data.value)?.selection ?? NO_SELECTION);
              setStatus(null);
            }}
          >
            {communes.map((c) => (
              <option key={c.key} value={c.key}>
                {c.name}
              </option>
            ))}
          </Select>
        </Field>
      ) : (
        <Text as="p" weight="semibold">
          Xã {current.name}
        </Text>
      )}

      <Text as="h3" size={300} weight="semibold">
        Các đoạn kiến nghị
      </Text>
      <ul className={styles.list} aria-label="Các đoạn kiến nghị">
        {draft.choices.map((choice) => {
          const paragraph = draft.recommendations.find((p) => p.id === choice.id);
          const explanation = paragraph
            ? `Lý do: ${paragraph.reason}`
            : choice.byRules
              ? `Cán bộ đã bỏ chọn đoạn này; theo số liệu: ${choice.suggestion ?? ""}`
              : choice.suggestion
                ? `Gợi ý: ${choice.suggestion}`
                : choice.optional
                  ? "Đoạn tùy chọn, đánh dấu để đưa vào."
                  : "Số liệu chưa cần đến đoạn này; đánh dấu để vẫn đưa vào.";
          const describedBy = `draft-why-${choice.id}`;
          return (
            <li key={choice.id} className={styles.item}>
              <Checkbox
                checked={choice.chosen}
                label={choice.title}
                aria-describedby={describedBy}
                onChange={() => setSelection((s) => toggleChoice(s, choice))}
              />
              <Text id={describedBy} size={200} className={styles.reason}>
                {explanation}
              </Text>
              {paragraph && (
                <>
                  <Text as="p" className={styles.text}>
                    {paragraph.text}
                  </Text>
                  <Button
                    size="small"
                    className={styles.copyOne}
                    aria-label={`Sao chép đoạn “${choice.title}”`}
                    onClick={() => void copyParts({ recommendations: [paragraph] }, `Đã sao chép đoạn “${choice.title}”.`, choice.id)}
                  >
                    Sao chép
                  </Button>
                  {status?.at === choice.id && <StatusBar status={status} />}
                </>
              )}
            </li>
          );
        })}
      </ul>

      <Text as="h3" size={300} weight="semibold" id="drafts-preview-heading">
        Xem trước
      </Text>
      <div className={styles.preview} role="region" aria-labelledby="drafts-preview-heading" tabIndex={0}>
        <ul>
          {draft.recommendations.map((p) => (
            <li key={p.id}>{p.text}</li>
          ))}
        </ul>
        {draft.sentences.length > 0 && (
          <>
            <Text as="p" weight="semibold">
              Câu số liệu cho phần I
            </Text>
            <ul>
              {draft.sentences.map((s) => (
                <li key={s.id}>{s.text}</li>
              ))}
            </ul>
          </>
        )}
      </div>

      {draft.notes.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <ul>
              {draft.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}

      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={draft.recommendations.length === 0}
          onClick={() => void copyParts({ recommendations: draft.recommendations }, "Đã sao chép toàn bộ các đoạn kiến nghị.", ACTIONS)}
        >
          Sao chép tất cả
        </Button>
        <Button
          disabled={draft.sentences.length === 0}
          onClick={() => void copyParts({ recommendations: [], sentences: draft.sentences }, "Đã sao chép các câu số liệu.", ACTIONS)}
        >
          Sao chép câu số liệu
        </Button>
        <Button disabled={writing} onClick={() => void writeSheet(current.key, selection)}>
          {writing ? "Đang ghi…" : "Ghi vào trang tính “Dự thảo”"}
        </Button>
      </div>
      {status?.at === ACTIONS && <StatusBar status={status} />}
    </section>
  );
}
