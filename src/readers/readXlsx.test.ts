import ExcelJS from "exceljs";
import { extractReport } from "../domain/extract/extractReport";
import { readReport } from "./readReport";

async function workbook(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Biểu 01");
  sheet.addRow(["BIỂU SỐ LIỆU CẢI CÁCH HÀNH CHÍNH"]);
  sheet.mergeCells("A1:F1");
  sheet.addRow(["Số liệu tính từ ngày 01/7/2025 đến ngày 30/9/2025"]);
  sheet.mergeCells("A2:F2");
  sheet.addRow([]);
  sheet.addRow(["STT", "Lĩnh vực", "Tiếp nhận", null, "Đã giải quyết", "Tỷ lệ giải quyết trước hạn, đúng hạn"]);
  sheet.addRow(["STT", "Lĩnh vực", "Tổng số", "Trực tuyến", "Tổng số", null]);
  sheet.mergeCells("C4:D4");
  sheet.mergeCells("A4:A5");
  sheet.mergeCells("B4:B5");
  sheet.mergeCells("F4:F5");
  sheet.addRow([1, "Hộ tịch", 1395, 298, 389, 0.9949]);
  sheet.addRow([2, "Đất đai", 162, 53, 134, 0.9627]);
  sheet.addRow([
    "",
    "Tổng cộng",
    { formula: "SUM(C6:C7)", result: 1557 },
    { formula: "SUM(D6:D7)", result: 351 },
    { formula: "SUM(E6:E7)", result: 523 },
    0.9915,
  ]);
  sheet.addRow(["Cùng kỳ năm 2024", "", 812, 297, 776, 0.9807]);
  for (const row of [6, 7, 8, 9]) sheet.getCell(`F${row}`).numFmt = "0.00%";
  sheet.addRow([]);
  sheet.addRow(["Ghi chú: số liệu trích xuất từ Hệ thống thông tin giải quyết thủ tục hành chính."]);
  sheet.mergeCells("A11:F11");
  const staff = book.addWorksheet("Biên chế");
  staff.addRow(["STT", "Đối tượng", "Biên chế được giao", "Có mặt"]);
  staff.addRow(["1", "Công chức", 42, 45]);
  const hidden = book.addWorksheet("Nháp", { state: "hidden" });
  hidden.addRow(["STT", "Đối tượng", "Biên chế được giao", "Có mặt"]);
  hidden.addRow(["1", "Viên chức", 1, 1]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe("readXlsx", () => {
  it("reads titles and notes as text, grids as tables of each visible sheet, formulas by their result, percentages as shown", async () => {
    const result = await readReport(await workbook(), "bieu-so-lieu.xlsx");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.format).toBe("xlsx");
    expect(result.document.blocks).toEqual([
      { kind: "text", text: "BIỂU SỐ LIỆU CẢI CÁCH HÀNH CHÍNH\nSố liệu tính từ ngày 01/7/2025 đến ngày 30/9/2025" },
      {
        kind: "table",
        sheet: "Biểu 01",
        rows: [
          ["STT", "Lĩnh vực", "Tiếp nhận", "Tiếp nhận", "Đã giải quyết", "Tỷ lệ giải quyết trước hạn, đúng hạn"],
          ["STT", "Lĩnh vực", "Tổng số", "Trực tuyến", "Tổng số", "Tỷ lệ giải quyết trước hạn, đúng hạn"],
          ["1", "Hộ tịch", "1.395", "298", "389", "99,49%"],
          ["2", "Đất đai", "162", "53", "134", "96,27%"],
          ["", "Tổng cộng", "1.557", "351", "523", "99,15%"],
          ["Cùng kỳ năm 2024", "", "812", "297", "776", "98,07%"],
        ],
      },
      { kind: "text", text: "Ghi chú: số liệu trích xuất từ Hệ thống thông tin giải quyết thủ tục hành chính." },
      {
        kind: "table",
        sheet: "Biên chế",
        rows: [
          ["STT", "Đối tượng", "Biên chế được giao", "Có mặt"],
          ["1", "Công chức", "42", "45"],
        ],
      },
    ]);
    const extraction = extractReport(result.document);
    expect(extraction.fields).toMatchObject({
      received: 1557,
      receivedOnline: 351,
      resolved: 523,
      onTimeRateStated: 99.15,
      civilServantQuota: 42,
      civilServantPresent: 45,
      publicEmployeeQuota: null,
      periodStart: "2025-07-01",
      periodEnd: "2025-09-30",
    });
    expect(extraction.provenance.civilServantPresent?.location).toBe('Bảng 2 (trang tính "Biên chế"), dòng Công chức, cột Có mặt');
  });

  it("asks for an old .xls to be saved as .xlsx, and refuses a broken .xlsx keeping the cause", async () => {
    const old = await readReport(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), "bieu.xls");
    expect(old).toMatchObject({ ok: false, code: "unsupported-type" });
    if (!old.ok) expect(old.message).toContain("lưu lại thành .xlsx");
    const broken = await readReport(new TextEncoder().encode("PK\u0003\u0004 không phải zip"), "hong.xlsx");
    expect(broken).toMatchObject({ ok: false, code: "corrupt-xlsx" });
    if (!broken.ok) {
      expect(broken.message).toContain("hong.xlsx");
      expect(broken.cause).toBeInstanceOf(Error);
    }
  });
});
