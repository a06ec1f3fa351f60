/** The ribbon's "Tính lại": recalculates, reports the outcome, and always tells Office the command is done. */
import type { RecalculationResult } from "../excel/recalculate";
import { errorMessage } from "../presentation/errorMessage";
import { type NoticeInput, outcomeNotice } from "../presentation/notice";

/** The part of Office.AddinCommands.Event the command uses. */
export interface CommandEvent {
  completed(): void;
}

/** Shows a notice and resolves when staff have seen it; must not reject. */
export type Report = (notice: NoticeInput) => Promise<void>;

export async function runRecalculation(
  event: CommandEvent,
  recalculate: () => Promise<Pick<RecalculationResult, "summary" | "notes">>,
  report: Report,
) {
  let notice: NoticeInput;
  try {
    const { summary, notes } = await recalculate();
    // One dialog only: the notes (features this Excel lacks, unreadable settings) follow the summary.
    notice = outcomeNotice(summary, notes);
  } catch (error) {
    notice = { intent: "error", message: errorMessage("Không tính lại được sổ tính", error) };
  }
  try {
    await report(notice);
  } finally {
    // Office keeps the button busy until completed(); the dialog stays open until then as well.
    event.completed();
  }
}
