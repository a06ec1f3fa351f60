import { addNotice, dismissNotice, type Notice } from "./notices";

const recalculated = (message: string) => ({ topic: "recalculate" as const, intent: "success" as const, message });

describe("notices", () => {
  it("keeps one notice per topic, the newest first", () => {
    let notices: readonly Notice[] = [];
    notices = addNotice(notices, { topic: "startup", intent: "warning", message: "Phiên bản Excel này chưa hỗ trợ biểu đồ." }, 1);
    notices = addNotice(notices, recalculated("Đã tính lại 2 xã."), 2);
    notices = addNotice(notices, { topic: "recalculate", intent: "error", message: "Không tính lại được sổ tính." }, 3);
    expect(notices.map((n) => [n.id, n.topic, n.message])).toEqual([
      [3, "recalculate", "Không tính lại được sổ tính."],
      [1, "startup", "Phiên bản Excel này chưa hỗ trợ biểu đồ."],
    ]);
  });

  it("dismisses one notice by its id", () => {
    const notices = addNotice(addNotice([], recalculated("a"), 1), { topic: "startup", intent: "info", message: "b" }, 2);
    expect(dismissNotice(notices, 1).map((n) => n.message)).toEqual(["b"]);
    expect(dismissNotice(notices, 9)).toEqual(notices);
  });
});
