/** The pane's notification area: what is shown, newest first, until staff dismiss it. */

export type NoticeIntent = "success" | "info" | "warning" | "error";

export interface NoticeInput {
  readonly intent: NoticeIntent;
  readonly message: string;
  /** Optional bold lead-in, e.g. the name of the operation. */
  readonly title?: string;
}

export interface Notice extends NoticeInput {
  readonly id: number;
}

/** What panels get to report results and errors; they never just log to the console. */
export type Notify = (notice: NoticeInput) => void;

/** At most this many notices stay on screen; older ones drop off so the pane does not fill up. */
export const MAX_NOTICES = 4;

export function addNotice(notices: readonly Notice[], input: NoticeInput, id: number): readonly Notice[] {
  // The same message again (e.g. a repeated failing click) replaces the old one instead of stacking.
  const others = notices.filter((n) => n.message !== input.message || n.intent !== input.intent);
  return [{ ...input, id }, ...others].slice(0, MAX_NOTICES);
}

/** A finished operation's notices: its summary, then what staff should know as one warning, shown above it. */
export function outcomeNotices(summary: string, notes: readonly string[]): NoticeInput[] {
  const warning: NoticeInput[] = notes.length > 0 ? [{ intent: "warning", title: "Lưu ý", message: notes.join(" ") }] : [];
  return [{ intent: "success", message: summary }, ...warning];
}

export function dismissNotice(notices: readonly Notice[], id: number): readonly Notice[] {
  return notices.filter((n) => n.id !== id);
}
