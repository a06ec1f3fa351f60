import { extractReport } from "../extractReport";

describe("reporting period", () => {
  it("reads 'Từ 01/7/2025 đến ngày 07/10/2025'", () => {
    expect(extractReport("Từ 01/7/2025 đến ngày 07/10/2025, đã tiếp nhận 5 hồ sơ.").fields).toMatchObject({
      periodStart: "2025-07-01",
      periodEnd: "2025-10-07",
    });
  });

  it("takes the start's year from the end date, and the year before across new year", () => {
    expect(extractReport("Từ ngày 01/7 đến 30/9/2025").fields).toMatchObject({ periodStart: "2025-07-01", periodEnd: "2025-09-30" });
    expect(extractReport("từ ngày 15/12 đến ngày 15/01/2026").fields).toMatchObject({ periodStart: "2025-12-15", periodEnd: "2026-01-15" });
  });

  it("reads 'đến hết ngày'", () => {
    expect(extractReport("trong kỳ (từ ngày 01/7/2025 đến hết ngày 30/9/2025)").fields).toMatchObject({
      periodStart: "2025-07-01",
      periodEnd: "2025-09-30",
    });
  });
  it("reads long dates", () => {
    expect(extractReport("từ ngày 01 tháng 7 năm 2025 đến ngày 30 tháng 9 năm 2025").fields.periodEnd).toBe("2025-09-30");
  });

  it("prefers the period stated just before the dossier figures", () => {
    const text = "Đoàn làm việc từ 01/10/2025 đến 03/10/2025. Kết quả: từ 01/7/2025 đến 30/9/2025, đã tiếp nhận 40 hồ sơ.";
    expect(extractReport(text).fields).toMatchObject({ periodStart: "2025-07-01", periodEnd: "2025-09-30" });
  });

  it("takes no period far from the dossier figures (the days the team worked)", () => {
    const visit = "Đoàn kiểm tra làm việc tại xã từ ngày 20/10/2025 đến ngày 22/10/2025. ";
    const filler = "- Thực hiện niêm yết, công khai các thủ tục hành chính thuộc thẩm quyền giải quyết. ".repeat(20);
    const fields = extractReport(`${visit}${filler}- Kết quả Quý III/2025: đã tiếp nhận 40 hồ sơ.`).fields;
    expect(fields).toMatchObject({ received: 40, periodStart: null, periodEnd: null });
    expect(extractReport("Đã tiếp nhận 40 hồ sơ (số liệu từ 01/7/2025 đến 30/9/2025).").fields.periodEnd).toBe("2025-09-30");
  });

  it("refuses impossible dates and a period that ends before it starts", () => {
    expect(extractReport("từ 31/9/2025 đến 30/10/2025").fields.periodStart).toBeNull();
    expect(extractReport("từ 01/10/2025 đến 01/9/2025").fields.periodEnd).toBeNull();
  });
});

describe("periods in other wordings", () => {
  it.each([
    ["(từ ngày 01 tháng 7 năm 2025 đến ngày 30 tháng 9 năm 2025)", "2025-07-01", "2025-09-30"],
    [
      "Các số liệu dưới đây tính từ ngày 01/7/2025 (thời điểm chính quyền xã mới đi vào hoạt động) đến ngày 15/9/2025.",
      "2025-07-01",
      "2025-09-15",
    ],
    ["Tl ngay 01/7/2025 den ngay 30/9/2025", "2025-07-01", "2025-09-30"],
    ["Tir ngay 01/7/2025 den ngay 30/9/2025", "2025-07-01", "2025-09-30"],
  ])("%s", (text, start, end) => {
    expect(extractReport(text).fields).toMatchObject({ periodStart: start, periodEnd: end });
  });
});

describe("the report's own period, stated far from its figures", () => {
  const filler = " Công tác tuyên truyền được lồng ghép trong các buổi sinh hoạt của thôn.".repeat(30);

  it("is taken when its sentence says it is the report's", () => {
    const text = `Ủy ban nhân dân xã báo cáo kết quả quý III năm 2025 (từ ngày 01/7/2025 đến ngày 30/9/2025) như sau:${filler} Trung tâm tiếp nhận 1.366 hồ sơ.`;
    expect(extractReport(text).fields).toMatchObject({ periodStart: "2025-07-01", periodEnd: "2025-09-30", received: 1366 });
  });

  it("is not the days an inspection team worked", () => {
    const text = `Từ ngày 20/10/2025 đến ngày 24/10/2025, Đoàn kiểm tra đã làm việc tại xã.${filler} Trung tâm tiếp nhận 1.366 hồ sơ.`;
    expect(extractReport(text).fields.periodStart).toBeNull();
  });
});
