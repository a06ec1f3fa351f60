import { outcomeNotice } from "./notice";

describe("outcomeNotice", () => {
  it("reports a clean outcome as a success", () => {
    expect(outcomeNotice("Đã tính lại 3 xã.", [])).toEqual({ intent: "success", message: "Đã tính lại 3 xã." });
  });

  it("follows the summary with the notes, as one warning", () => {
    expect(outcomeNotice("Đã tính lại 3 xã.", ["Dòng 2 bỏ qua.", "Chưa có biểu đồ."])).toEqual({
      intent: "warning",
      message: "Đã tính lại 3 xã. Lưu ý: Dòng 2 bỏ qua. Chưa có biểu đồ.",
    });
  });
});
