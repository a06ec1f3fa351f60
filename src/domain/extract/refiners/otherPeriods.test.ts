import { extractReport, parseContextOf } from "../extractReport";
import type { Candidate } from "../parser";
import { dropOtherPeriods } from "./otherPeriods";

function kept(text: string, field: Candidate["field"], figure: string): boolean {
  const candidate: Candidate = { field, value: 0, index: text.indexOf(figure), confidence: 1 };
  return dropOtherPeriods([candidate], parseContextOf(text)).length === 1;
}

describe("dropOtherPeriods", () => {
  it.each([
    ["the previous quarter", "Kết quả quý trước: phường tiếp nhận 2.486 hồ sơ.", "received", "2.486"],
    [
      "a comparison",
      "Để so sánh, 04 xã cũ tiếp nhận tổng cộng 1.127 hồ sơ, trong đó chỉ có 402 hồ sơ trực tuyến.",
      "receivedOnline",
      "402",
    ],
    ["before the merger", "Trong 6 tháng đầu năm (trước khi sắp xếp), các xã cũ đã tiếp nhận 2.318 hồ sơ.", "received", "2.318"],
    ["an earlier year", "Ngày 02/10/2025. Năm 2024, tỷ lệ hồ sơ trực tuyến chỉ đạt 46,7%.", "onlineShareStated", "46,7"],
    ["a target", "Chỉ tiêu Ủy ban nhân dân tỉnh giao năm 2025 là 80% hồ sơ được tiếp nhận trực tuyến.", "onlineShareStated", "80"],
    ["an aim", "Phấn đấu tỷ lệ hồ sơ trực tuyến đạt trên 85%.", "onlineShareStated", "85"],
  ])("drops a figure of %s", (_label, text, field, figure) => {
    expect(kept(text, field as Candidate["field"], figure)).toBe(false);
  });

  it.each([
    [
      "the carried-over phrase",
      "Tổng số hồ sơ tiếp nhận trong kỳ: 2.219 hồ sơ, gồm: kỳ trước chuyển sang 57 hồ sơ; nhận mới 2.162 hồ sơ.",
      "receivedOnline",
      "2.162",
    ],
    ["a comparison after the figure", "Tiếp nhận 1.500 hồ sơ, tăng 15% so với cùng kỳ.", "received", "1.500"],
    ["the carried-over figure itself", "Kết quả quý trước chuyển sang 57 hồ sơ.", "carriedOver", "57"],
    ["a total that is a target", "Chỉ tiêu giao 11.760 công dân, đã kích hoạt 9.214.", "vneidTotal", "11.760"],
    ["this year", "Ngày 02/10/2025. Năm 2025, tiếp nhận 1.500 hồ sơ.", "received", "1.500"],
  ])("keeps a figure after %s", (_label, text, field, figure) => {
    expect(kept(text, field as Candidate["field"], figure)).toBe(true);
  });

  it("leaves this period's figures when another period's follow", () => {
    const fields = extractReport(
      "Trong quý, Trung tâm tiếp nhận 1.366 hồ sơ. Để so sánh, trong quý II/2025, 04 xã cũ tiếp nhận tổng cộng 1.127 hồ sơ, trong đó chỉ có 402 hồ sơ trực tuyến.",
    ).fields;
    expect(fields.received).toBe(1366);
    expect(fields.receivedOnline).toBeNull();
  });
});
