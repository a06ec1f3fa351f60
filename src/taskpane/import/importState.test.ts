import { readFileSync } from "node:fs";
import path from "node:path";
import { extractReport } from "../../domain/extract/extractReport";
import { SAMPLES_DIR as SAMPLES } from "../../../test/support/reportSamples";
import {
  INITIAL_IMPORT,
  type ImportAction,
  type ImportState,
  canWrite,
  importState,
  nextToReview,
  queueState,
  selectedItem,
  writableItems,
} from "./importState";

const text = (name: string) => readFileSync(path.join(SAMPLES, name), "utf8");
const read = (id: number, name: string): ImportAction => ({ type: "read", id, extraction: extractReport(text(name)), text: text(name) });
const run = (actions: readonly ImportAction[], from: ImportState = INITIAL_IMPORT) => actions.reduce(importState, from);
const add = (...names: string[]): ImportAction => ({ type: "add", items: names.map((name, i) => ({ id: i + 1, name })) });

describe("the import queue", () => {
  it("follows reports from added to read, reviewed, written, with the states staff read", () => {
    let state = run([add("a.txt", "b.txt", "c.pdf"), { type: "reading", id: 1 }]);
    expect(state.items.map(queueState)).toEqual(["đang đọc", "đang đọc", "đang đọc"]);
    expect(canWrite(state)).toBe(false);
    // The OCR sample has unsure figures: it needs a look until staff open it.
    state = run(
      [read(1, "xa-al-ba.txt"), read(2, "xa-binh-duong-ocr.txt"), { type: "failed", id: 3, message: "Tệp “c.pdf” hỏng." }],
      state,
    );
    expect(state.items.map(queueState)).toEqual(["đã đọc", "cần xem", "lỗi"]);
    expect(selectedItem(state)?.id).toBe(1);
    expect(writableItems(state).map((i) => i.id)).toEqual([1]);
    expect(nextToReview(state)?.id).toBe(2);
    state = run([{ type: "select", id: 2 }], state);
    expect(state.items.map(queueState)).toEqual(["đã đọc", "đã đọc", "lỗi"]);
    expect(nextToReview(state)).toBeUndefined();
    expect(writableItems(state).map((i) => i.id)).toEqual([1, 2]);
    state = run(
      [{ type: "write-started" }, { type: "written", ids: [1, 2], message: { intent: "success", message: "Đã ghi 2 xã." } }],
      state,
    );
    expect(state.items.map(queueState)).toEqual(["đã ghi", "đã ghi", "lỗi"]);
    expect(state.writeMessage?.message).toBe("Đã ghi 2 xã.");
    expect(selectedItem(state)).toBeUndefined();
  });

  it("counts the report on screen as reviewed, whichever action put it there", () => {
    const state = run([add("a.txt"), read(1, "xa-binh-duong-ocr.txt")]);
    expect(state.items[0]?.viewed).toBe(true);
    expect(writableItems(state)).toHaveLength(1);
  });

  it("drops a cancelled report as if it had never been added, and ignores its late result", () => {
    const state = run([add("a.pdf", "b.txt"), { type: "progress", id: 1, progress: { page: 2, pages: 5 } }]);
    expect(state.items[0]?.progress).toEqual({ page: 2, pages: 5 });
    const cancelled = run([{ type: "cancelled", id: 1 }, read(1, "xa-al-ba.txt")], state);
    expect(cancelled.items.map((i) => i.name)).toEqual(["b.txt"]);
  });

  it("keeps staff's entries, and the write's message until the next edit", () => {
    let state = run([add("a.txt"), read(1, "xa-al-ba.txt"), { type: "write-refused", message: { intent: "error", message: "Bị khóa." } }]);
    expect(state.writeMessage?.message).toBe("Bị khóa.");
    state = run([{ type: "edit", id: 1, field: "received", text: "12" }], state);
    expect(state.items[0]?.inputs).toEqual({ received: "12" });
    expect(state.writeMessage).toBeUndefined();
  });

  it("holds the conflicts with staff's decisions until they write or drop them", () => {
    const conflict = { commune: "Ia Ly", period: "", field: "received" as const, sheetValue: 1, importedValue: 2 };
    let state = run([
      add("a.txt"),
      read(1, "xa-al-ba.txt"),
      { type: "conflicts", conflicts: [conflict], message: { intent: "warning", message: "Có 1 số liệu…" } },
    ]);
    state = run([{ type: "decide", conflict, decision: "replace" }], state);
    expect([...(state.conflicts?.decisions.values() ?? [])]).toEqual(["replace"]);
    expect(run([{ type: "drop-conflicts" }], state).conflicts).toBeUndefined();
  });
});
