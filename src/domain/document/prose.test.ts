import { proseOf } from "./prose";
import { documentFromText, tablesOf, type ReportDocument } from "./reportDocument";

const scan: ReportDocument = {
  blocks: [
    { kind: "text", text: "Trang một có 12 hồ sơ.", page: 1 },
    {
      kind: "table",
      rows: [
        ["Chỉ tiêu", "Số"],
        ["Tiếp nhận", "1.222"],
      ],
      page: 2,
    },
    { kind: "text", text: "Đã giải quyết l05 hồ sơ.", page: 3, uncertain: [{ start: 14, end: 17 }] },
  ],
};

describe("proseOf", () => {
  it("is the text itself for a plain text", () => {
    expect(proseOf(documentFromText("Tiếp nhận 5 hồ sơ.")).text).toBe("Tiếp nhận 5 hồ sơ.");
  });

  it("lays blocks out in order, a table as one line per row with its cells kept apart", () => {
    expect(proseOf(scan).text).toBe("Trang một có 12 hồ sơ.\n\nChỉ tiêu ; Số\nTiếp nhận ; 1.222\n\nĐã giải quyết l05 hồ sơ.");
  });

  it("knows the page of every index", () => {
    const prose = proseOf(scan);
    expect(prose.pageAt(prose.text.indexOf("12"))).toBe(1);
    expect(prose.pageAt(prose.text.indexOf("1.222"))).toBe(2);
    expect(prose.pageAt(prose.text.indexOf("l05"))).toBe(3);
    expect(proseOf(documentFromText("x")).pageAt(0)).toBeUndefined();
  });

  it("shifts the OCR spans of low confidence with their block", () => {
    const prose = proseOf(scan);
    const at = prose.text.indexOf("l05");
    expect(prose.uncertainIn(at, at + 3)).toBe(true);
    expect(prose.uncertainIn(prose.text.indexOf("12"), prose.text.indexOf("12") + 2)).toBe(false);
  });
});

describe("tablesOf", () => {
  it("numbers the tables from 1 in document order", () => {
    expect(tablesOf(scan).map(({ number, table }) => [number, table.page])).toEqual([[1, 2]]);
  });
});
