/**
 * The ribbon's function file (commands.html). Opened by the ribbon, it registers the commands; opened as the
 * notice dialog (with a notice in its query string), it shows that notice.
 */
import { recalculateWorkbook } from "../excel/recalculate";
import { CLOSE_MESSAGE, noticeFromQuery, renderNoticePage, showNotice } from "./notice";
import { runRecalculation, type CommandEvent } from "./recalculateCommand";

const notice = noticeFromQuery(window.location.search);

Office.onReady(() => {
  if (notice) renderNoticePage(notice, document, () => Office.context.ui.messageParent(CLOSE_MESSAGE));
});

if (!notice) {
  Office.actions.associate("recalculate", (event: CommandEvent) => runRecalculation(event, recalculateWorkbook, showNotice));
}
