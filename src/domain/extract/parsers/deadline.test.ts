import { extractReport } from "../extractReport";

describe("remediation deadline", () => {
  it("reads the date after 'báo cáo kết quả khắc phục … trước ngày'", () => {
    const text = "đề nghị UBND xã khắc phục và báo cáo kết quả khắc phục về Văn phòng UBND tỉnh trước ngày 15/12/2025 để theo dõi.";
    expect(extractReport(text).fields.remediationDeadline).toBe("2025-12-15");
  });

  it("reads 'chậm nhất ngày' and a date without year in a dated notice", () => {
    const text = "Gia Lai, ngày 25 tháng 11 năm 2025. Báo cáo kết quả khắc phục chậm\nnhất ngày 20/12.";
    expect(extractReport(text).fields.remediationDeadline).toBe("2025-12-20");
  });

  it("ignores 'trước ngày' about something else", () => {
    expect(extractReport("Hoàn thành lắp đặt trước ngày 15/12/2025.").fields.remediationDeadline).toBeNull();
  });
});
