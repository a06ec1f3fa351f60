/**
 * "Nhập số liệu": reports come in as pasted text or files (.txt, .docx, .pdf, .xlsx, scans), are read
 * and extracted here in the pane (nothing leaves the machine), reviewed figure by figure, and written
 * to the workbook in one step. Figures staff changed by hand in the workbook since the last import are
 * never replaced without asking. The state and the steps live in useImport; this component renders.
 */
import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import type { FieldId } from "../../domain/record/fields";
import { readReport, readReportImages } from "../../readers/readReport";
import { NOTICE_TITLES } from "../../presentation/notice";
import type { PanelProps } from "../adapters";
import { countOf } from "../wording";
import { ConflictChoices } from "./ConflictChoices";
import { type ActionMessage, canWrite, nextToReview, selectedItem, writableItems } from "./importState";
import { ACCEPTED_FILES, type Readers } from "./importSteps";
import { ReportQueue } from "./ReportQueue";
import { ReportReview } from "./ReportReview";
import { useImport } from "./useImport";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  hint: { color: tokens.colorNeutralForeground3 },
  // Named for screen readers; on screen the selected tab "Nhập số liệu" heads the panel, and the pane's height goes to the review.
  visuallyHidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
  hiddenInput: { display: "none" },
  // The write action stays on screen while staff scroll through the figures.
  bar: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

const READERS: Readers = { readFile: readReport, readImages: readReportImages };

/** A message next to the button that caused it; focusable, so focus can move to an action's result. */
function ActionResult({ id, message }: { id: string; message: ActionMessage | undefined }) {
  if (!message) return <div id={id} tabIndex={-1} hidden />;
  return (
    <MessageBar id={id} intent={message.intent} layout="multiline" tabIndex={-1} aria-labelledby={`${id}-title`}>
      <MessageBarBody>
        <MessageBarTitle id={`${id}-title`}>{NOTICE_TITLES[message.intent]}</MessageBarTitle>
        <span>{message.message}</span>
      </MessageBarBody>
    </MessageBar>
  );
}

export function ImportPanel({ adapters }: PanelProps) {
  const styles = useStyles();
  const { state, dispatch, addPasted, addFiles, cancel, write } = useImport(adapters.importRecords, READERS);
  const [pasted, setPasted] = useState("");
  const fileInput = useRef<HTMLInputElement>(null);
  // Set when staff press a write button: once its outcome is shown, focus moves there.
  const awaitingWrite = useRef(false);

  const selected = selectedItem(state);
  const writable = writableItems(state);
  const next = nextToReview(state);
  const edit = useCallback((id: number, field: FieldId, text: string) => dispatch({ type: "edit", id, field, text }), [dispatch]);
  const select = useCallback((id: number) => dispatch({ type: "select", id }), [dispatch]);
  const remove = useCallback((id: number) => dispatch({ type: "remove", id }), [dispatch]);

  useEffect(() => {
    if (!awaitingWrite.current || state.writing) return;
    awaitingWrite.current = false;
    document.getElementById(state.conflicts ? "conflicts-heading" : "import-write-result")?.focus();
  }, [state.writing, state.conflicts, state.writeMessage]);

  function startWrite() {
    awaitingWrite.current = true;
    void write();
  }

  return (
    <section aria-labelledby="import-heading" className={styles.panel}>
      <Text as="h2" id="import-heading" className={styles.visuallyHidden}>
        Nhập số liệu báo cáo của xã
      </Text>
      <Field label="Dán nội dung thông báo, báo cáo của xã">
        <Textarea resize="vertical" rows={2} value={pasted} onChange={(_, data) => setPasted(data.value)} />
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => addPasted(pasted) && setPasted("")}>
          Trích xuất số liệu
        </Button>
        <Button onClick={() => fileInput.current?.click()} aria-describedby="import-files-hint">
          Chọn tệp báo cáo…
        </Button>
        <input
          ref={fileInput}
          className={styles.hiddenInput}
          type="file"
          multiple
          accept={ACCEPTED_FILES}
          aria-label="Tệp báo cáo"
          onChange={(event) => {
            addFiles([...(event.currentTarget.files ?? [])]);
            event.currentTarget.value = "";
          }}
        />
      </div>
      <Text id="import-files-hint" size={200} className={styles.hint}>
        Tệp .docx, .pdf, .xlsx, .txt hoặc ảnh .jpg, .png; nhiều ảnh chọn cùng lúc là một báo cáo.
      </Text>
      {state.addMessage && <ActionResult id="import-add-result" message={state.addMessage} />}

      {state.items.length > 0 && (
        <ReportQueue items={state.items} selectedId={selected?.id} onSelect={select} onCancel={cancel} onRemove={remove} />
      )}

      {(selected || state.writeMessage) && !state.conflicts && (
        <div className={styles.bar}>
          <div className={styles.row}>
            <Button appearance="primary" disabled={!canWrite(state) || writable.length === 0} onClick={startWrite}>
              {state.writing
                ? "Đang ghi…"
                : writable.length > 1
                  ? `Ghi vào sổ tính (${countOf(writable.length)} báo cáo)`
                  : "Ghi vào sổ tính"}
            </Button>
            {next && <Button onClick={() => select(next.id)}>Báo cáo tiếp theo cần xem</Button>}
          </div>
          <ActionResult id="import-write-result" message={state.writeMessage} />
        </div>
      )}

      {state.conflicts ? (
        <>
          <ActionResult id="import-write-result" message={state.writeMessage} />
          <ConflictChoices
            conflicts={state.conflicts.conflicts}
            decisions={state.conflicts.decisions}
            busy={state.writing}
            onDecide={(conflict, decision) => dispatch({ type: "decide", conflict, decision })}
            onConfirm={startWrite}
            onCancel={() => dispatch({ type: "drop-conflicts" })}
          />
        </>
      ) : (
        selected && <ReportReview item={selected} onEdit={edit} />
      )}
    </section>
  );
}
