import { availableFeatures } from "../excel/requirements";
import { startupNotices } from "./startup";

describe("startupNotices", () => {
  it("says nothing inside a current Excel", () => {
    expect(startupNotices({ kind: "excel", availability: availableFeatures(() => true) })).toEqual([]);
  });

  it("warns about features an older Excel lacks", () => {
    const [notice, ...rest] = startupNotices({
      kind: "excel",
      availability: availableFeatures((_, version) => version !== "1.8"),
    });
    expect(rest).toEqual([]);
    expect(notice).toEqual({ intent: "warning", message: expect.stringContaining("ràng buộc dữ liệu nhập") });
  });

  it("explains a pane opened outside Excel, and one whose Office.js did not load", () => {
    expect(startupNotices({ kind: "outside-excel" })).toEqual([
      expect.objectContaining({ intent: "warning", message: expect.stringContaining("Mở ngăn kiểm tra") }),
    ]);
    expect(startupNotices({ kind: "no-office" })).toEqual([
      expect.objectContaining({ intent: "error", message: expect.stringContaining("kết nối Internet") }),
    ]);
  });
});
