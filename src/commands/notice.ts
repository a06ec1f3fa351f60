/**
 * How a ribbon command tells staff what happened: through Office.NotificationMessages where the host offers
 * it; Excel does not, so there the notice is a small Office dialog showing commands.html with the notice in
 * its query string (the same page, opened that way, renders the notice instead of registering commands).
 */
import { NOTICE_TITLES, type NoticeInput, type NoticeIntent } from "../presentation/notice";

const MESSAGE_PARAM = "thongbao";
const INTENT_PARAM = "loai";
const INTENTS: readonly NoticeIntent[] = ["success", "info", "warning", "error"];
/** Success closes by itself after this long; warnings and errors wait for staff to read and close them. */
export const SUCCESS_DISPLAY_MS = 5000;
/** What the dialog page sends its opener to be closed. */
export const CLOSE_MESSAGE = "close";

export function noticeUrl(pageUrl: string, notice: NoticeInput): string {
  const url = new URL(pageUrl);
  url.search = "";
  url.hash = "";
  url.searchParams.set(MESSAGE_PARAM, notice.message);
  url.searchParams.set(INTENT_PARAM, notice.intent);
  return url.toString();
}

/** The notice a dialog page was opened with, or undefined for the page in its normal role. */
export function noticeFromQuery(search: string): NoticeInput | undefined {
  const params = new URLSearchParams(search);
  const message = params.get(MESSAGE_PARAM);
  if (message === null || message.trim() === "") return undefined;
  const intent = INTENTS.find((i) => i === params.get(INTENT_PARAM)) ?? "info";
  return { intent, message };
}

/** Opens the dialog; resolves once it is closed (or could not be opened), never rejects. */
export function openNoticeDialog(notice: NoticeInput, pageUrl: string = window.location.href): Promise<void> {
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(noticeUrl(pageUrl, notice), { height: 25, width: 35, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        resolve();
        return;
      }
      const dialog = result.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
        dialog.close();
        resolve();
      });
      // Closed with the dialog's own close button.
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
    });
  });
}

/** The Outlook-style notification API, where a host provides it. */
interface NotificationMessagesLike {
  addAsync(id: string, details: { type: string; message: string; persistent?: boolean; icon?: string }, callback?: () => void): void;
}

/** Notification messages are limited to 150 characters; longer notices go to the dialog. */
const NOTIFICATION_MAX_LENGTH = 150;

/** Shows the notice the best way the host allows; resolves once it is shown (or closed, for the dialog). */
export function showNotice(notice: NoticeInput): Promise<void> {
  const messages = (Office as unknown as { NotificationMessages?: NotificationMessagesLike }).NotificationMessages;
  if (messages && notice.message.length <= NOTIFICATION_MAX_LENGTH) {
    return new Promise((resolve) =>
      messages.addAsync(
        "cchc-command",
        notice.intent === "error"
          ? { type: "errorMessage", message: notice.message }
          : { type: "informationalMessage", message: notice.message, persistent: false, icon: "Icon.16x16" },
        () => resolve(),
      ),
    );
  }
  return openNoticeDialog(notice);
}

/** Fills the dialog page with the notice and a close button that asks the opener to close the dialog. */
export function renderNoticePage(notice: NoticeInput, doc: Document, close: () => void): void {
  doc.title = NOTICE_TITLES[notice.intent];
  const main = doc.createElement("main");
  main.className = `notice notice-${notice.intent}`;
  const heading = doc.createElement("h1");
  heading.textContent = NOTICE_TITLES[notice.intent];
  const message = doc.createElement("p");
  message.textContent = notice.message;
  const button = doc.createElement("button");
  button.type = "button";
  button.textContent = "Đóng";
  button.addEventListener("click", close);
  main.append(heading, message, button);
  doc.body.replaceChildren(main);
  button.focus();
  if (notice.intent === "success") setTimeout(close, SUCCESS_DISPLAY_MS);
}
