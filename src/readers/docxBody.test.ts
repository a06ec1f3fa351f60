import { docxBlocks } from "./docxBody";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const doc = (body: string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
const p = (...runs: string[]): string => `<w:p>${runs.join("")}</w:p>`;
const r = (text: string): string => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const cell = (text: string, props = ""): string => `<w:tc><w:tcPr>${props}</w:tcPr>${p(r(text))}</w:tc>`;

describe("docxBlocks", () => {
  it("reads paragraphs as lines, an empty paragraph as an empty line, as the same text saved as .txt reads", () => {
    const blocks = docxBlocks(doc(p(r("Căn cứ Quyết định số 1071/QĐ-UBND")) + "<w:p/>" + p(r("ngày 07/8/2025 của UBND tỉnh."))));
    expect(blocks).toEqual([{ kind: "text", text: "Căn cứ Quyết định số 1071/QĐ-UBND\n\nngày 07/8/2025 của UBND tỉnh." }]);
  });

  it("keeps line breaks and tabs, the shown result of a field and the text of a hyperlink; drops field codes and deleted text", () => {
    const field =
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> NUMPAGES </w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
      r("1.222") +
      '<w:r><w:fldChar w:fldCharType="end"/></w:r>';
    const xml = doc(
      p(
        r("Tiếp nhận "),
        field,
        r(" hồ sơ"),
        "<w:r><w:br/></w:r>",
        r("tại"),
        "<w:r><w:tab/></w:r>",
        '<w:hyperlink r:id="rId9">',
        r("dichvucong.gov.vn"),
        "</w:hyperlink>",
      ) +
        p(
          "<w:del><w:r><w:delText>sai</w:delText></w:r></w:del>",
          r("Giải quyết &amp; trả kết quả"),
          '<w:fldSimple w:instr=" PAGE ">',
          r("2"),
          "</w:fldSimple>",
        ),
    );
    expect(docxBlocks(xml)).toEqual([{ kind: "text", text: "Tiếp nhận 1.222 hồ sơ\ntại\tdichvucong.gov.vn\nGiải quyết & trả kết quả2" }]);
  });

  it("lays a table out on its grid: a horizontal merge repeats its text across, a vertical merge down", () => {
    const header1 = `<w:tr>${cell("STT", '<w:vMerge w:val="restart"/>')}${cell("Số hồ sơ tiếp nhận", '<w:gridSpan w:val="2"/>')}</w:tr>`;
    const header2 = `<w:tr>${cell("", "<w:vMerge/>")}${cell("Tổng số")}${cell("Trực tuyến")}</w:tr>`;
    const row = `<w:tr>${cell("1")}${cell("1.417")}${cell("788")}</w:tr>`;
    const blocks = docxBlocks(doc(p(r("Biểu số 01")) + `<w:tbl>${header1}${header2}${row}</w:tbl>` + p(r("Sau bảng."))));
    expect(blocks).toEqual([
      { kind: "text", text: "Biểu số 01" },
      {
        kind: "table",
        rows: [
          ["STT", "Số hồ sơ tiếp nhận", "Số hồ sơ tiếp nhận"],
          ["STT", "Tổng số", "Trực tuyến"],
          ["1", "1.417", "788"],
        ],
      },
      { kind: "text", text: "Sau bảng." },
    ]);
  });

  it("keeps the lines of a cell, and a table nested in a cell as lines of that cell", () => {
    const inner = `<w:tbl><w:tr>${cell("a")}${cell("b")}</w:tr></w:tbl>`;
    const xml = doc(`<w:tbl><w:tr><w:tc>${p(r("ỦY BAN NHÂN DÂN"), "<w:r><w:br/></w:r>", r("XÃ IA HRUNG"))}${inner}</w:tc></w:tr></w:tbl>`);
    expect(docxBlocks(xml)).toEqual([{ kind: "table", rows: [["ỦY BAN NHÂN DÂN\nXÃ IA HRUNG\na ; b"]] }]);
  });

  it("gives no block for a body without text", () => {
    expect(docxBlocks(doc("<w:p/><w:p></w:p>"))).toEqual([]);
  });
});
