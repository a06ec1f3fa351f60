/**
 * What the pane and the ribbon's commands tell staff after an operation, in the same words: a notice's
 * intent, its title, and how a finished operation is reported. Shared by src/taskpane and src/commands,
 * which must not import each other.
 */

export type NoticeIntent = "success" | "info" | "warning" | "error";

export interface NoticeInput {
  readonly intent: NoticeIntent;
  readonly message: string;
}

/** The title each notice carries, so it is named for screen readers and read the same everywhere. */
export const NOTICE_TITLES: Readonly<Record<NoticeIntent, string>> = {
  success: "Hoàn thành",
  info: "Thông báo",
  warning: "Lưu ý",
  error: "Chưa thực hiện được",
};

/**
 * A finished operation as one notice: its summary, followed by what staff should know (features this
 * Excel lacks, rows left out), which makes it a warning.
 */
export function outcomeNotice(summary: string, notes: readonly string[]): NoticeInput {
  return notes.length > 0
    ? { intent: "warning", message: `${summary} ${NOTICE_TITLES.warning}: ${notes.join(" ")}` }
    : { intent: "success", message: summary };
}
