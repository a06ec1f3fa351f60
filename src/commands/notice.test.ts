import { installOfficeDouble, type OfficeDouble } from "../../test/office-double/officeDouble";
import { CLOSE_MESSAGE, noticeFromQuery, noticeUrl, openNoticeDialog, showNotice } from "./notice";

const PAGE = "https://cchc.example.gov.vn/bo-tro/commands.html?_host_Info=Excel#x";

describe("the notice in the dialog's address", () => {
  it("travels in the query string of the function file's own page and comes back unchanged", () => {
    const notice = { intent: "error" as const, message: "Không tính lại được sổ tính: sổ tính đang được bảo vệ & khóa?" };
    const url = noticeUrl(PAGE, notice);
    expect(url.startsWith("https://cchc.example.gov.vn/bo-tro/commands.html?")).toBe(true);
    expect(url).not.toContain("_host_Info");
    expect(noticeFromQuery(new URL(url).search)).toEqual(notice);
  });

  it("is absent for the page in its normal role, and an unknown intent reads as information", () => {
    expect(noticeFromQuery("")).toBeUndefined();
    expect(noticeFromQuery("?_host_Info=Excel")).toBeUndefined();
    expect(noticeFromQuery("?thongbao=%20")).toBeUndefined();
    expect(noticeFromQuery("?thongbao=Xong&loai=khac")).toEqual({ intent: "info", message: "Xong" });
  });
});

type DialogHandler = (arg: unknown) => void;

/** The dialog API, which the double lacks: records the dialogs opened and lets the test drive them. */
function fakeDialogs(status: "succeeded" | "failed") {
  (Office as unknown as { EventType: object }).EventType = {
    DialogMessageReceived: "dialogMessageReceived",
    DialogEventReceived: "dialogEventReceived",
  };
  const opened: { url: string; handlers: Map<unknown, DialogHandler>; closed: boolean }[] = [];
  const ui = {
    displayDialogAsync(url: string, _options: unknown, callback: (result: unknown) => void) {
      const dialog = { url, handlers: new Map<unknown, DialogHandler>(), closed: false };
      opened.push(dialog);
      callback({
        status,
        value: {
          addEventHandler: (type: unknown, handler: DialogHandler) => dialog.handlers.set(type, handler),
          close: () => (dialog.closed = true),
        },
      });
    },
  };
  (Office.context as unknown as { ui: typeof ui }).ui = ui;
  return opened;
}

describe("showing a command's notice", () => {
  let double: OfficeDouble;
  afterEach(() => double.uninstall());

  it("uses Office's notification messages where the host has them", async () => {
    double = installOfficeDouble(globalThis, { notificationMessages: true });
    await showNotice({ intent: "success", message: "Đã tính lại toàn bộ sổ tính." });
    await showNotice({ intent: "error", message: "Không tính lại được sổ tính." });
    expect(double.log.notifications.map((n) => n.details)).toEqual([
      { type: "informationalMessage", message: "Đã tính lại toàn bộ sổ tính.", persistent: false, icon: "Icon.16x16" },
      { type: "errorMessage", message: "Không tính lại được sổ tính." },
    ]);
  });

  it("opens the dialog in Excel, and resolves once the dialog asks to be closed", async () => {
    double = installOfficeDouble(globalThis);
    const opened = fakeDialogs("succeeded");
    let settled = false;
    const shown = openNoticeDialog({ intent: "warning", message: "Lưu ý" }, PAGE).then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    expect(noticeFromQuery(new URL(opened[0]?.url ?? "").search)).toEqual({ intent: "warning", message: "Lưu ý" });
    opened[0]?.handlers.get(Office.EventType.DialogMessageReceived)?.({ message: CLOSE_MESSAGE });
    await shown;
    expect(opened[0]?.closed).toBe(true);
  });

  it("resolves when staff close the dialog themselves, or when it cannot open", async () => {
    double = installOfficeDouble(globalThis);
    const opened = fakeDialogs("succeeded");
    let settled = false;
    const shown = openNoticeDialog({ intent: "error", message: "Lỗi" }, PAGE).then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    opened[0]?.handlers.get(Office.EventType.DialogEventReceived)?.({ error: 12006 });
    await shown;
    expect(settled).toBe(true);
    // Closed by staff: nothing is left for the command to close.
    expect(opened[0]?.closed).toBe(false);
    const refused = fakeDialogs("failed");
    await expect(openNoticeDialog({ intent: "error", message: "Lỗi" }, PAGE)).resolves.toBeUndefined();
    expect(refused).toHaveLength(1);
    expect(refused[0]?.handlers.size).toBe(0);
  });

  it("sends a notice too long for a notification to the dialog", async () => {
    double = installOfficeDouble(globalThis, { notificationMessages: true });
    const opened = fakeDialogs("failed");
    (globalThis as unknown as { window: unknown }).window = { location: { href: PAGE } };
    try {
      await showNotice({ intent: "error", message: "x".repeat(151) });
    } finally {
      delete (globalThis as unknown as { window?: unknown }).window;
    }
    expect(opened).toHaveLength(1);
    expect(double.log.notifications).toEqual([]);
  });
});
