/**
 * "Nhập số liệu": reports come in as pasted text or files (.txt, .docx, .pdf, several at once), are
 * read and extracted here in the pane (nothing leaves the machine), shown with each figure's source
 * sentence for staff to correct, checked, and written to the sheet in one go. Figures staff changed
 * by hand in the sheet since the last import are never replaced without asking.
 */
import { Button, Field, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useReducer, useRef, useState } from "react";
import { documentFromText, type ReportDocument } from "../../domain/document/reportDocument";
import { extractReport } from "../../domain/extract/extractReport";
import { formatCount } from "../../domain/format/vietnamese";
import type { Extraction } from "../../domain/record/extraction";
import type { FieldId } from "../../domain/record/fields";
import { readReport } from "../../readers/readReport";
import type { PanelProps } from "../adapters";
import { errorMessage } from "../errorMessage";
import { outcomeNotices } from "../notices";
import { ConflictChoices } from "./ConflictChoices";
import { type ConflictDecision, type ImportConflict, conflictKey, decided } from "./conflicts";
import { ReportPreview } from "./ReportPreview";
import { ReportProgress } from "./ReportProgress";
import { type ReportItem, confirmedProvenance, confirmedRecord, foundNothing, hasErrors } from "./reportItem";
import { reportList } from "./reportList";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  hiddenInput: { display: "none" },
});

const ACCEPTED_FILES = ".txt,.docx,.pdf,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document";

type Source = { readonly kind: "text"; readonly text: string } | { readonly kind: "file"; readonly file: File };

/** The document of a source, or the Vietnamese reason it cannot be read. */
async function documentOf(source: Source, name: string): Promise<{ ok: true; document: ReportDocument } | { ok: false; message: string }> {
  if (source.kind === "text") return { ok: true, document: documentFromText(source.text) };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await source.file.arrayBuffer());
  } catch {
    return { ok: false, message: `Không mở được tệp "${name}"; có thể tệp đã bị di chuyển hoặc đang được chương trình khác sử dụng.` };
  }
  const read = await readReport(bytes, name);
  return read.ok ? { ok: true, document: read.document } : { ok: false, message: read.message };
}

/** Lets the browser paint the progress bars between two reports of a long list. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

interface PendingConflicts {
  readonly conflicts: readonly ImportConflict[];
  readonly decisions: ReadonlyMap<string, ConflictDecision>;
}

export function ImportPanel({ adapters, notify }: PanelProps) {
  const styles = useStyles();
  const [items, dispatch] = useReducer(reportList, []);
  const [pasted, setPasted] = useState("");
  const [selectedId, setSelectedId] = useState<number>();
  const [pending, setPending] = useState<PendingConflicts>();
  const [writing, setWriting] = useState(false);
  const nextId = useRef(1);
  const pastes = useRef(0);
  const queue = useRef(Promise.resolve());
  const fileInput = useRef<HTMLInputElement>(null);

  const ready = items.filter((item): item is ReportItem & { extraction: Extraction } => item.status === "ready" && !!item.extraction);
  const selected = ready.find((item) => item.id === selectedId) ?? ready[0];
  const edit = useCallback((id: number, field: FieldId, text: string) => dispatch({ type: "edit", id, field, text }), []);
  const remove = useCallback((id: number) => dispatch({ type: "remove", ids: [id] }), []);
  const busy = writing || items.some((item) => item.status === "waiting" || item.status === "reading");

  async function process(id: number, name: string, source: Source) {
    dispatch({ type: "reading", id });
    await nextFrame();
    const failed = (intent: "error" | "warning", message: string) => {
      dispatch({ type: "failed", id, message });
      notify({ intent, message });
    };
    try {
      const read = await documentOf(source, name);
      if (!read.ok) return failed("error", read.message);
      const extraction = extractReport(read.document);
      if (foundNothing(extraction)) {
        return failed(
          "warning",
          `Không tìm thấy số liệu nào trong ${source.kind === "file" ? `tệp "${name}"` : "nội dung đã dán"}; đề nghị kiểm tra lại đây có phải thông báo, báo cáo kết quả kiểm tra của xã.`,
        );
      }
      dispatch({ type: "read", id, extraction });
    } catch (error) {
      // One report the extractor cannot handle must not stop the reports queued after it.
      failed("error", errorMessage(`Không trích xuất được số liệu từ "${name}"`, error));
    }
  }

  /** Queues sources to be read one after another, in the order given. */
  function add(sources: readonly { name: string; source: Source }[]) {
    const added = sources.map(({ name, source }) => ({ id: nextId.current++, name, source }));
    dispatch({ type: "add", items: added });
    setPending(undefined);
    for (const { id, name, source } of added) {
      queue.current = queue.current.then(() => process(id, name, source));
    }
  }

  function addPasted() {
    if (pasted.trim() === "") {
      notify({ intent: "warning", message: "Chưa có nội dung để trích xuất; đề nghị dán nội dung báo cáo vào ô trên." });
      return;
    }
    pastes.current++;
    add([{ name: `Nội dung dán lần ${formatCount(pastes.current, { padSmall: false })}`, source: { kind: "text", text: pasted } }]);
    setPasted("");
  }

  function addFiles(files: FileList | null) {
    if (!files || files.length === 0) return;
    add([...files].map((file) => ({ name: file.name, source: { kind: "file", file } })));
    if (fileInput.current) fileInput.current.value = "";
  }

  async function write(conflicts?: PendingConflicts) {
    const confirmations = ready.map((item) => ({ item, confirmed: confirmedRecord(item.extraction, item.inputs) }));
    const invalid = confirmations.find(({ confirmed: c }) => hasErrors(c));
    if (invalid) {
      setSelectedId(invalid.item.id);
      notify({
        intent: "error",
        message: `Chưa ghi vào bảng: số liệu của "${invalid.item.name}" còn ô nhập chưa hợp lệ; đề nghị sửa các ô được đánh dấu rồi ghi lại.`,
      });
      return;
    }
    const rows = confirmations.map(({ item, confirmed: c }) => ({
      record: c.record,
      provenance: confirmedProvenance(item.extraction, c.record),
      // Kept in "Nguồn" so that "Tính lại" checks the documents' numbering and the dates as this preview does.
      documents: item.extraction.documents,
      noticeDate: item.extraction.noticeDate,
      source: item.name,
    }));
    setWriting(true);
    try {
      const choices = conflicts ? decided(conflicts.conflicts, conflicts.decisions) : undefined;
      const outcome = await adapters.importRecords(rows, choices);
      if (outcome.conflicts.length > 0) {
        setPending({ conflicts: outcome.conflicts, decisions: new Map() });
        notify({
          intent: "warning",
          message: `Có ${formatCount(outcome.conflicts.length)} số liệu đã được sửa trực tiếp trong bảng; đề nghị chọn giữ hoặc thay cho từng số liệu. Chưa có gì được ghi.`,
        });
        return;
      }
      setPending(undefined);
      if (outcome.added + outcome.updated === 0) {
        notify({ intent: "warning", message: outcome.summary });
        return;
      }
      dispatch({ type: "remove", ids: confirmations.map(({ item }) => item.id) });
      for (const notice of outcomeNotices(outcome.summary, outcome.notes)) notify(notice);
    } catch (error) {
      notify({ intent: "error", message: errorMessage("Chưa ghi được số liệu vào bảng", error) });
    } finally {
      setWriting(false);
    }
  }

  return (
    <section aria-labelledby="import-heading" className={styles.panel}>
      <Text as="h2" id="import-heading" size={400} weight="semibold" block>
        Nhập số liệu báo cáo của xã
      </Text>
      <Field label="Dán nội dung thông báo, báo cáo của xã">
        <Textarea resize="vertical" rows={5} value={pasted} onChange={(_, data) => setPasted(data.value)} />
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" onClick={addPasted}>
          Trích xuất số liệu
        </Button>
        <Button onClick={() => fileInput.current?.click()}>Chọn tệp báo cáo (.docx, .pdf, .txt)…</Button>
        <input
          ref={fileInput}
          className={styles.hiddenInput}
          type="file"
          multiple
          accept={ACCEPTED_FILES}
          aria-label="Tệp báo cáo"
          onChange={(event) => addFiles(event.currentTarget.files)}
        />
      </div>

      {items.length > 0 && (
        <ReportProgress
          items={items}
          selectedId={selected?.id}
          onSelect={setSelectedId}
          onRemove={remove}
        />
      )}

      {selected && !pending && (
        <>
          <ReportPreview item={selected} onEdit={edit} />
          <div className={styles.row}>
            <Button appearance="primary" disabled={busy} onClick={() => void write()}>
              {writing
                ? "Đang ghi…"
                : ready.length > 1
                  ? `Ghi vào bảng (${formatCount(ready.length, { padSmall: false })} báo cáo)`
                  : "Ghi vào bảng"}
            </Button>
          </div>
        </>
      )}

      {pending && (
        <ConflictChoices
          conflicts={pending.conflicts}
          decisions={pending.decisions}
          busy={writing}
          onDecide={(conflict, decision) =>
            setPending((current) =>
              current && { ...current, decisions: new Map(current.decisions).set(conflictKey(conflict), decision) },
            )
          }
          onConfirm={() => void write(pending)}
          onCancel={() => setPending(undefined)}
        />
      )}
    </section>
  );
}
