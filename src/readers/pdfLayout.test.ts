import { extractReport } from "../domain/extract/extractReport";
import { pageBlocks, type PdfTextItem } from "./pdfLayout";

type Place = readonly [text: string, x: number, y: number, width: number];

/** Items as pdf.js gives them, with a blank item between two, upright or turned a quarter (landscape). */
function items(places: readonly Place[], turned = false): PdfTextItem[] {
  return places.flatMap(([str, x, y, width]) => [
    { str, transform: turned ? [0, 10, -10, 0, -y, x] : [10, 0, 0, 10, x, y], width, height: 10 },
    { str: " ", transform: turned ? [0, 10, -10, 0, -y, x + width] : [10, 0, 0, 10, x + width, y], width: 3, height: 0 },
  ]);
}

const PAGE: readonly Place[] = [
  ["Đã tiếp nhận hồ sơ theo biểu dưới đây.", 50, 720, 300],
  ["Biểu số 01. KẾT QUẢ TIẾP NHẬN", 50, 700, 300],
  ["Số hồ sơ tiếp nhận", 160, 680, 90],
  ["Số hồ sơ đang giải", 270, 680, 80],
  ["STT", 50, 670, 20],
  ["Lĩnh vực", 80, 670, 40],
  ["quyết", 295, 668, 25],
  ["Tổng số", 165, 650, 30],
  ["Trực tuyến", 210, 650, 40],
  ["Tổng số", 270, 650, 30],
  ["Quá hạn", 318, 650, 32],
  ["1", 55, 630, 5],
  ["Hộ tịch", 80, 630, 35],
  ["590", 185, 630, 15],
  ["402", 235, 630, 15],
  ["11", 290, 630, 10],
  ["0", 345, 630, 5],
  ["Thành lập và", 80, 617, 60],
  ["2", 55, 610, 5],
  ["1.385", 175, 610, 25],
  ["131", 235, 610, 15],
  ["0", 295, 610, 5],
  ["-", 340, 610, 4],
  ["hộ kinh doanh", 80, 603, 62],
  ["Tổng cộng", 80, 590, 45],
  ["1.975", 175, 590, 25],
  ["533", 235, 590, 15],
  ["11", 290, 590, 10],
  ["0", 345, 590, 5],
  ["Sau biểu là một đoạn văn bản dài, có 12 hồ sơ và 3 hồ sơ quá hạn.", 50, 560, 420],
];

const GRID = [
  [
    "STT",
    "Lĩnh vực",
    "Số hồ sơ tiếp nhận › Tổng số",
    "Số hồ sơ tiếp nhận › Trực tuyến",
    "Số hồ sơ đang giải quyết › Tổng số",
    "Số hồ sơ đang giải quyết › Quá hạn",
  ],
  ["1", "Hộ tịch", "590", "402", "11", "0"],
  ["2", "Thành lập và hộ kinh doanh", "1.385", "131", "0", "-"],
  ["", "Tổng cộng", "1.975", "533", "11", "0"],
];

describe("pageBlocks", () => {
  it("rebuilds a table: header cells over the columns they span, multi-line cells, a dash in its column; text around it stays text", () => {
    const blocks = pageBlocks(items(PAGE), 3);
    expect(blocks).toHaveLength(3);
    expect(blocks[0]).toMatchObject({ kind: "text", page: 3 });
    expect(blocks[0]?.kind === "text" && blocks[0].text).toContain("Biểu số 01. KẾT QUẢ TIẾP NHẬN");
    expect(blocks[1]).toEqual({ kind: "table", rows: GRID, page: 3 });
    expect(blocks[2]?.kind === "text" && blocks[2].text).toContain("Sau biểu là một đoạn văn bản dài");
  });

  it("reads a page turned a quarter (a landscape appendix) as the same table", () => {
    expect(pageBlocks(items(PAGE, true), 1)[1]).toEqual({ kind: "table", rows: GRID, page: 1 });
  });

  it("keeps prose with figures as text", () => {
    const prose: Place[] = [
      ["Trung tâm đã tiếp nhận 1.222 hồ sơ, giải quyết 1.100 hồ sơ.", 50, 700, 400],
      ["Đạt tỷ lệ 90,02%; còn 122 hồ sơ đang giải quyết.", 50, 685, 380],
    ];
    expect(pageBlocks(items(prose), 1).map((block) => block.kind)).toEqual(["text"]);
  });

  it("joins a header left at the foot of a page to the rows at the top of the next", () => {
    const foot = PAGE.filter(([, , y]) => y > 640).map(([text, x, y, width]): Place => [text, x, y - 600, width]);
    const top = PAGE.filter(([, , y]) => y < 640).map(([text, x, y, width]): Place => [text, x, y + 170, width]);
    const blocks = [...pageBlocks(items(foot), 1), ...pageBlocks(items(top), 2)];
    expect(blocks.filter((block) => block.kind === "table").map((block) => block.kind === "table" && block.rows.length)).toEqual([1, 3]);
    const extraction = extractReport({ blocks });
    expect(extraction.fields).toMatchObject({ received: 1975, receivedOnline: 533, pending: 11, pendingOverdue: 0 });
    expect(extraction.provenance.receivedOnline?.location).toBe("Bảng 1, dòng Tổng cộng, cột Số hồ sơ tiếp nhận › Trực tuyến");
  });
});
