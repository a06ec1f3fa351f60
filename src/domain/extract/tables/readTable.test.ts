import { readTable } from "./readTable";

const byField = (rows: string[][]): Record<string, number> =>
  Object.fromEntries(readTable(rows).figures.map((figure) => [figure.field, figure.value]));

const SECTORS = [
  [
    "STT",
    "Lĩnh vực",
    "Số TTHC (thủ tục)",
    "Số hồ sơ tiếp nhận",
    "Số hồ sơ tiếp nhận",
    "Số hồ sơ tiếp nhận",
    "Số hồ sơ đang giải quyết",
    "Số hồ sơ đang giải quyết",
  ],
  ["STT", "Lĩnh vực", "Số TTHC (thủ tục)", "Tổng số", "Trực tuyến", "Trực tiếp, qua BCCI", "Tổng số", "Trong đó quá hạn"],
  ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"],
  ["1", "Hộ tịch", "27", "590", "402", "188", "11", "0"],
  ["2", "Tổ chức, nội vụ", "13", "385", "131", "254", "0", "-"],
  ["", "Tổng cộng", "40", "975", "533", "442", "11", "0"],
  ["", "Cùng kỳ năm 2024", "40", "812", "297", "515", "36", "3"],
];

describe("readTable, fields as columns", () => {
  it("reads the total row under the column paths, never a sector row, a previous year's row or the procedures column", () => {
    expect(byField(SECTORS)).toEqual({ received: 975, receivedOnline: 533, receivedDirect: 442, pending: 11, pendingOverdue: 0 });
    const online = readTable(SECTORS).figures.find((figure) => figure.field === "receivedOnline");
    expect(online).toMatchObject({ row: 5, column: 4, rowLabel: "Tổng cộng", columnLabel: "Số hồ sơ tiếp nhận › Trực tuyến" });
  });

  it("finds a total that is not the sum of its sector rows", () => {
    const rows = SECTORS.map((row) => [...row]);
    (rows[5] as string[])[5] = "452";
    expect(readTable(rows).mismatches).toEqual([
      expect.objectContaining({ field: "receivedDirect", total: 452, sum: 442, rowLabel: "Tổng cộng", sectors: 2 }),
    ]);
    expect(readTable(SECTORS).mismatches).toEqual([]);
  });

  it("reads a header split over three rows, numbers with stray spaces and a dash for zero", () => {
    const rows = [
      ["TT", "Nội dung", "Kết quả giải quyết hồ sơ", "Kết quả giải quyết hồ sơ", "Kết quả giải quyết hồ sơ"],
      ["TT", "Nội dung", "Số hồ sơ đã giải quyết", "Số hồ sơ đã giải quyết", "Số hồ sơ đang giải quyết"],
      ["TT", "Nội dung", "Trước hạn, đúng hạn", "Quá hạn", "Quá hạn"],
      ["1", "Đất đai", "1. 021", "x", "2"],
      ["", "Cộng", "1 021", "-", "2"],
    ];
    expect(byField(rows)).toEqual({ resolvedOnTime: 1021, resolvedLate: 0, pendingOverdue: 2 });
  });

  it("reads nothing from a letterhead or signature table", () => {
    expect(readTable([["ỦY BAN NHÂN DÂN\nXÃ IA HRUNG\nSố: 198/BC-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]])).toEqual({
      isData: false,
      figures: [],
      mismatches: [],
    });
  });
});

describe("readTable, fields as rows", () => {
  const ROWS = [
    ["STT", "Nội dung", "Số hồ sơ", "Số hồ sơ", "Kỳ báo cáo so với cùng kỳ (%)"],
    ["STT", "Nội dung", "Kỳ báo cáo (01/7/2025 - 10/10/2025)", "Cùng kỳ năm 2024", "Kỳ báo cáo so với cùng kỳ (%)"],
    ["1", "Tổng số hồ sơ tiếp nhận", "1.638", "1.196", "137,0"],
    ["", "Trong đó: - Tiếp nhận trực tuyến", "874", "385", "227,0"],
    ["2", "Số hồ sơ đang giải quyết", "121", "61", "-"],
    ["", "- Trong hạn", "117", "59", "-"],
    ["", "- Quá hạn", "4", "2", "-"],
  ];

  it("reads each row's own figure in the current period's column, a sub-item under its parent", () => {
    expect(byField(ROWS)).toEqual({ received: 1638, receivedOnline: 874, pending: 121, pendingOverdue: 4 });
  });

  it("reads a count and its rate from the columns that say which", () => {
    const rows = [
      ["STT", "Chỉ tiêu", "Số lượng (hồ sơ)", "Tỷ lệ (%)"],
      ["3", "Số hồ sơ đã giải quyết", "2.096", ""],
      ["3.1", "Giải quyết trước hạn và đúng hạn", "2.081", "99,28"],
      ["3.2", "Giải quyết quá hạn", "15", "0,72"],
    ];
    expect(byField(rows)).toEqual({
      resolved: 2096,
      resolvedOnTime: 2081,
      onTimeRateStated: 99.28,
      resolvedLate: 15,
      lateRateStated: 0.72,
    });
  });

  it("never takes a plan or target column", () => {
    const rows = [
      ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2025", "Thực hiện đến 25/9/2025"],
      ["1", "Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn", "%", "100", "99,26"],
      ["2", "Số chỉ tiêu cấp xã hoàn thành trên Hệ thống nq57.vn", "chỉ tiêu", "92", "89"],
      ["3", "Tỷ lệ hồ sơ có phí, lệ phí được thanh toán trực tuyến", "%", "50", "38,2"],
    ];
    expect(byField(rows)).toEqual({ onTimeRateStated: 99.26, nq57Completed: 89 });
  });

  it("leaves a field out when two columns could be the period's: the column is in doubt", () => {
    const rows = [
      ["STT", "Nội dung", "Quý III", "9 tháng"],
      ["1", "Tổng số hồ sơ tiếp nhận", "1.222", "3.410"],
      ["2", "Số hồ sơ đã giải quyết", "1.100", "1.100"],
    ];
    expect(byField(rows)).toEqual({ resolved: 1100 });
  });

  it("reads staff by the row's kind and the column's measure, not the total row or another kind", () => {
    const rows = [
      ["STT", "Đối tượng", "Biên chế được giao", "Có mặt", "Còn thiếu"],
      ["I", "Công chức", "58", "55", "3"],
      ["II", "Viên chức", "416", "393", "23"],
      ["1", "Sự nghiệp giáo dục và đào tạo", "402", "381", "21"],
      ["", "Tổng cộng (I + II)", "474", "448", "26"],
    ];
    expect(byField(rows)).toEqual({ civilServantQuota: 58, civilServantPresent: 55, publicEmployeeQuota: 416, publicEmployeePresent: 393 });
  });
});
