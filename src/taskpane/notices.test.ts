import { MAX_NOTICES, addNotice, dismissNotice, outcomeNotices, type Notice } from "./notices";

const info = (message: string) => ({ intent: "info" as const, message });

describe("notices", () => {
  it("shows the newest first and drops the oldest beyond the limit", () => {
    let notices: readonly Notice[] = [];
    for (let id = 1; id <= MAX_NOTICES + 2; id++) notices = addNotice(notices, info(`thông báo ${id}`), id);
    expect(notices.map((n) => n.id)).toEqual([6, 5, 4, 3]);
    expect(notices).toHaveLength(MAX_NOTICES);
  });

  it("replaces a repeated notice instead of stacking it", () => {
    let notices = addNotice([], info("Đã tính lại."), 1);
    notices = addNotice(notices, { intent: "error", message: "Không tính lại được." }, 2);
    notices = addNotice(notices, info("Đã tính lại."), 3);
    expect(notices.map((n) => [n.id, n.message])).toEqual([
      [3, "Đã tính lại."],
      [2, "Không tính lại được."],
    ]);
  });

  it("dismisses one notice by its id", () => {
    const notices = addNotice(addNotice([], info("a"), 1), info("b"), 2);
    expect(dismissNotice(notices, 1).map((n) => n.message)).toEqual(["b"]);
    expect(dismissNotice(notices, 9)).toEqual(notices);
  });

  it("shows a finished operation's summary, with its notes as one warning above it", () => {
    expect(outcomeNotices("Đã tính lại.", [])).toEqual([{ intent: "success", message: "Đã tính lại." }]);
    let notices: readonly Notice[] = [];
    outcomeNotices("Đã tính lại.", ["Dòng 2 bỏ qua.", "Chưa có biểu đồ."]).forEach((notice, i) => (notices = addNotice(notices, notice, i + 1)));
    expect(notices.map(({ intent, title, message }) => ({ intent, title, message }))).toEqual([
      { intent: "warning", title: "Lưu ý", message: "Dòng 2 bỏ qua. Chưa có biểu đồ." },
      { intent: "success", title: undefined, message: "Đã tính lại." },
    ]);
  });
});
