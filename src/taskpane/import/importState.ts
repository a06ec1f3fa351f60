/**
 * The state of "Nhập số liệu" and how it changes: the queue of reports (pasted or picked), each read,
 * reviewed, corrected and written; which one is shown; the conflicts awaiting staff's decision; and the
 * last message of each action, shown next to its button. A reducer, so the panel only renders.
 */
import type { Extraction } from "../../domain/record/extraction";
import type { FieldId } from "../../domain/record/fields";
import { type ConflictDecision, type ImportConflict, conflictKey } from "./conflicts";
import { hasErrors } from "./reportItem";
import { onlyMissing, reviewOf } from "./review";

export type ReportStatus = "waiting" | "reading" | "ready" | "failed" | "written";

export interface ReadProgress {
  readonly page: number;
  readonly pages: number;
}

export interface ReportItem {
  readonly id: number;
  /** File name(s), or a description of the pasted text. */
  readonly name: string;
  readonly status: ReportStatus;
  /** Why it could not be read (failed), in Vietnamese. */
  readonly failure?: string;
  /** Pages recognised so far, while a scan is read. */
  readonly progress?: ReadProgress;
  readonly extraction?: Extraction;
  /** The running text the figures' positions refer to, to show a figure's clause on demand. */
  readonly text?: string;
  /** What staff typed over extracted values, by field, as typed. */
  readonly inputs: Partial<Record<FieldId, string>>;
  /** Staff have had the report on screen. */
  readonly viewed: boolean;
}

export type ReadyItem = ReportItem & { readonly extraction: Extraction; readonly text: string };

/** A message shown next to the action that caused it. */
export interface ActionMessage {
  readonly intent: "success" | "info" | "warning" | "error";
  readonly message: string;
}

export interface PendingConflicts {
  readonly conflicts: readonly ImportConflict[];
  readonly decisions: ReadonlyMap<string, ConflictDecision>;
}

export interface ImportState {
  readonly items: readonly ReportItem[];
  readonly selectedId?: number;
  readonly conflicts?: PendingConflicts;
  readonly writing: boolean;
  /** The result of adding reports (paste, files) and of writing them. */
  readonly addMessage?: ActionMessage;
  readonly writeMessage?: ActionMessage;
}

export const INITIAL_IMPORT: ImportState = { items: [], writing: false };

export type ImportAction =
  | { readonly type: "add"; readonly items: readonly { readonly id: number; readonly name: string }[] }
  | { readonly type: "reading"; readonly id: number }
  | { readonly type: "progress"; readonly id: number; readonly progress: ReadProgress }
  | { readonly type: "read"; readonly id: number; readonly extraction: Extraction; readonly text: string }
  | { readonly type: "failed"; readonly id: number; readonly message: string }
  /** Staff cancelled the reading: the report leaves the queue as if never added. */
  | { readonly type: "cancelled"; readonly id: number }
  | { readonly type: "edit"; readonly id: number; readonly field: FieldId; readonly text: string }
  | { readonly type: "select"; readonly id: number }
  | { readonly type: "remove"; readonly id: number }
  | { readonly type: "add-message"; readonly message: ActionMessage | undefined }
  | { readonly type: "write-started" }
  | { readonly type: "written"; readonly ids: readonly number[]; readonly message: ActionMessage }
  | { readonly type: "write-refused"; readonly message: ActionMessage; readonly showId?: number }
  | { readonly type: "conflicts"; readonly conflicts: readonly ImportConflict[]; readonly message: ActionMessage }
  | { readonly type: "decide"; readonly conflict: ImportConflict; readonly decision: ConflictDecision }
  | { readonly type: "drop-conflicts" };

function update(items: readonly ReportItem[], id: number, change: (item: ReportItem) => ReportItem): ReportItem[] {
  return items.map((item) => (item.id === id ? change(item) : item));
}

/** A report read and not yet written. */
export function isReady(item: ReportItem): item is ReadyItem {
  return item.status === "ready" && item.extraction !== undefined && item.text !== undefined;
}

// Items are immutable: what an item needs is worked out once, not on every render of a long queue.
const reviewNeeded = new WeakMap<ReportItem, boolean>();

/** Whether a read report has figures staff must look at (an entry error, a finding, an unsure figure). */
export function needsReview(item: ReadyItem): boolean {
  let needed = reviewNeeded.get(item);
  if (needed === undefined) {
    needed = reviewOf(item.extraction, item.inputs).toReview.some((figure) => !onlyMissing(figure));
    reviewNeeded.set(item, needed);
  }
  return needed;
}

/** Staff have seen it, or there is nothing in it to look at. */
export function isReviewed(item: ReadyItem): boolean {
  return item.viewed || !needsReview(item);
}

/** The report shown: the one staff chose, else the first read and not yet written. */
export function selectedItem(state: ImportState): ReadyItem | undefined {
  const ready = state.items.filter(isReady);
  return ready.find((item) => item.id === state.selectedId) ?? ready[0];
}

/** What "Ghi vào sổ tính" writes: every report read and reviewed. */
export function writableItems(state: ImportState): ReadyItem[] {
  return state.items.filter(isReady).filter(isReviewed);
}

/** "Báo cáo tiếp theo cần xem": the first report after the one shown (wrapping round) not yet reviewed. */
export function nextToReview(state: ImportState): ReadyItem | undefined {
  const shown = selectedItem(state);
  const ready = state.items.filter(isReady);
  const at = ready.findIndex((item) => item.id === shown?.id);
  return [...ready.slice(at + 1), ...ready.slice(0, Math.max(at, 0))].find((item) => !isReviewed(item));
}

/** A report's state in the queue, as staff read it. */
export type QueueState = "đang đọc" | "đã đọc" | "cần xem" | "đã ghi" | "lỗi";

export function queueState(item: ReportItem): QueueState {
  switch (item.status) {
    case "waiting":
    case "reading":
      return "đang đọc";
    case "failed":
      return "lỗi";
    case "written":
      return "đã ghi";
    case "ready":
      return isReady(item) && !isReviewed(item) ? "cần xem" : "đã đọc";
  }
}

/** Whether a write may start: reading is over for every report, and no write is running. */
export function canWrite(state: ImportState): boolean {
  return !state.writing && !state.items.some((item) => item.status === "waiting" || item.status === "reading");
}

/** The first report to be written whose entries are not acceptable, if any. */
export function firstInvalid(items: readonly ReadyItem[]): ReadyItem | undefined {
  return items.find((item) => hasErrors(reviewOf(item.extraction, item.inputs).confirmed));
}

function markViewed(items: readonly ReportItem[], id: number | undefined): readonly ReportItem[] {
  return id === undefined ? items : update(items, id, (item) => (item.viewed ? item : { ...item, viewed: true }));
}

function reduce(state: ImportState, action: ImportAction): ImportState {
  switch (action.type) {
    case "add":
      return {
        ...state,
        conflicts: undefined,
        addMessage: undefined,
        items: [
          ...state.items,
          ...action.items.map(({ id, name }): ReportItem => ({ id, name, status: "waiting", inputs: {}, viewed: false })),
        ],
      };
    case "reading":
      return { ...state, items: update(state.items, action.id, (item) => ({ ...item, status: "reading" })) };
    case "progress":
      return { ...state, items: update(state.items, action.id, (item) => ({ ...item, progress: action.progress })) };
    case "read":
      return {
        ...state,
        items: update(state.items, action.id, (item) => ({
          ...item,
          status: "ready",
          progress: undefined,
          extraction: action.extraction,
          text: action.text,
        })),
      };
    case "failed":
      return {
        ...state,
        items: update(state.items, action.id, (item) => ({ ...item, status: "failed", progress: undefined, failure: action.message })),
      };
    case "cancelled":
    case "remove":
      return { ...state, items: state.items.filter((item) => item.id !== action.id) };
    case "edit":
      return {
        ...state,
        writeMessage: undefined,
        items: update(state.items, action.id, (item) => ({ ...item, inputs: { ...item.inputs, [action.field]: action.text } })),
      };
    case "select":
      return { ...state, selectedId: action.id, writeMessage: undefined };
    case "add-message":
      return { ...state, addMessage: action.message };
    case "write-started":
      return { ...state, writing: true, writeMessage: undefined };
    case "written":
      return {
        ...state,
        writing: false,
        conflicts: undefined,
        writeMessage: action.message,
        items: state.items.map((item) => (action.ids.includes(item.id) ? { ...item, status: "written" } : item)),
      };
    case "write-refused":
      return { ...state, writing: false, writeMessage: action.message, selectedId: action.showId ?? state.selectedId };
    case "conflicts":
      return { ...state, writing: false, conflicts: { conflicts: action.conflicts, decisions: new Map() }, writeMessage: action.message };
    case "decide":
      return state.conflicts
        ? {
            ...state,
            conflicts: {
              ...state.conflicts,
              decisions: new Map(state.conflicts.decisions).set(conflictKey(action.conflict), action.decision),
            },
          }
        : state;
    case "drop-conflicts":
      return { ...state, conflicts: undefined, writeMessage: undefined };
  }
}

/** The reducer: the report on screen counts as viewed, whichever action put it there. */
export function importState(state: ImportState, action: ImportAction): ImportState {
  const next = reduce(state, action);
  const shown = selectedItem(next);
  return shown && !shown.viewed ? { ...next, items: markViewed(next.items, shown.id) } : next;
}
