import type { NoticeInput } from "../presentation/notice";
import { runRecalculation } from "./recalculateCommand";

function recorder() {
  const events: string[] = [];
  return {
    events,
    event: { completed: () => events.push("completed") },
    report: async (notice: NoticeInput) => {
      events.push(`${notice.intent}: ${notice.message}`);
    },
  };
}

describe("runRecalculation", () => {
  it("reports the recalculation's summary, then completes the command", async () => {
    const { events, event, report } = recorder();
    await runRecalculation(event, async () => ({ summary: "Đã tính lại 3 xã.", notes: [] }), report);
    expect(events).toEqual(["success: Đã tính lại 3 xã.", "completed"]);
  });

  it("adds the recalculation's notes to the same notice, as a warning", async () => {
    const { events, event, report } = recorder();
    await runRecalculation(
      event,
      async () => ({ summary: "Đã tính lại 3 xã.", notes: ["Phiên bản Excel này chưa hỗ trợ biểu đồ."] }),
      report,
    );
    expect(events).toEqual(["warning: Đã tính lại 3 xã. Lưu ý: Phiên bản Excel này chưa hỗ trợ biểu đồ.", "completed"]);
  });

  it("reports a failure in Vietnamese, then completes the command", async () => {
    const { events, event, report } = recorder();
    const failure = Object.assign(new Error("edit mode"), { code: "InvalidOperationInCellEditMode" });
    await runRecalculation(event, () => Promise.reject(failure), report);
    expect(events).toEqual([
      "error: Không tính lại được sổ tính: Excel đang ở chế độ sửa ô. Đề nghị nhấn Enter hoặc Esc để kết thúc việc sửa ô rồi thực hiện lại.",
      "completed",
    ]);
  });

  it("completes the command even when the notice cannot be shown", async () => {
    const { events, event } = recorder();
    const failing = () => Promise.reject(new Error("no dialog"));
    await expect(runRecalculation(event, async () => ({ summary: "ok", notes: [] }), failing)).rejects.toThrow("no dialog");
    expect(events).toEqual(["completed"]);
  });
});
