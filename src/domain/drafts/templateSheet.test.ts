import { DEFAULT_CATALOGUE } from "./catalogue";
import { emptyRecord } from "../record/fields";
import { draftNotice } from "./draftNotice";
import { TEMPLATE_SHEET_HEADER, applySettings, catalogueToRows, parseTemplateRows, type SheetCell } from "./templateSheet";

const header = [...TEMPLATE_SHEET_HEADER];

describe("catalogueToRows", () => {
  it("writes a header and one row per paragraph: id, title, on/off, text, condition in words", () => {
    const rows = catalogueToRows();
    expect(rows[0]).toEqual(["Mã", "Tiêu đề", "Bật/tắt", "Nội dung mẫu", "Điều kiện"]);
    expect(rows).toHaveLength(DEFAULT_CATALOGUE.length + 1);
    const late = rows.find((row) => row[0] === "khac-phuc-tre-han");
    expect(late?.[2]).toBe("Bật");
    expect(late?.[3]).toContain("Nghị định 118/2025/NĐ-CP");
    expect(late?.[4]).toContain("quá hạn");
  });

  it("shows staff's text and switches", () => {
    const rows = catalogueToRows([{ id: "an-toan-thong-tin", enabled: false, text: "Văn bản riêng." }]);
    expect(rows.find((row) => row[0] === "an-toan-thong-tin")?.slice(2, 4)).toEqual(["Tắt", "Văn bản riêng."]);
  });

  it("parses back to settings that change nothing", () => {
    const { settings, messages } = parseTemplateRows(catalogueToRows());
    expect(messages).toEqual([]);
    expect(applySettings(settings).map((p) => p.template)).toEqual(DEFAULT_CATALOGUE.map((rule) => rule.template));
    expect(applySettings(settings).every((p) => p.enabled)).toBe(true);
  });
});

describe("parseTemplateRows", () => {
  it("reads edited text and switches, columns found by their header in any order", () => {
    const rows: SheetCell[][] = [
      ["Nội dung mẫu", "Mã", "Bật/tắt"],
      ["Đề nghị UBND xã {xa} hoàn thành trước ngày {hanBaoCao}.", "bao-cao-khac-phuc", "bật"],
      ["", "co-so-du-lieu-can-bo", "Tắt"],
      [null, "an-toan-thong-tin", false],
    ];
    const { settings, messages } = parseTemplateRows(rows);
    expect(messages).toEqual([]);
    expect(settings).toEqual([
      { id: "bao-cao-khac-phuc", enabled: true, text: "Đề nghị UBND xã {xa} hoàn thành trước ngày {hanBaoCao}." },
      { id: "co-so-du-lieu-can-bo", enabled: false, text: null },
      { id: "an-toan-thong-tin", enabled: false, text: null },
    ]);
    const draft = draftNotice({ ...emptyRecord(), commune: "Thử", remediationDeadline: "2026-03-01" }, [], { templates: settings });
    expect(draft.recommendations.map((p) => p.text)).toContain("Đề nghị UBND xã Thử hoàn thành trước ngày 01/03/2026.");
    expect(draft.recommendations.map((p) => p.id)).not.toContain("co-so-du-lieu-can-bo");
  });

  it("treats empty text as the default text", () => {
    const { settings } = parseTemplateRows([header, ["khac-phuc-tre-han", "x", "Bật", "   ", ""]]);
    expect(applySettings(settings).find((p) => p.rule.id === "khac-phuc-tre-han")?.template).toContain("thư xin lỗi");
  });

  it("ignores unknown ids with a message", () => {
    const { settings, messages } = parseTemplateRows([header, ["doan-moi", "", "Bật", "Nội dung", ""]]);
    expect(settings).toEqual([]);
    expect(messages).toEqual(["Dòng 2: mã “doan-moi” không có trong danh mục kiến nghị, bỏ qua."]);
  });

  it("reports unknown placeholders and keeps the default text, but the switch", () => {
    const { settings, messages } = parseTemplateRows([
      header,
      ["khac-phuc-tre-han", "", "Tắt", "Có {soHoSo} hồ sơ tại xã {xa} và {tenXa}.", ""],
    ]);
    expect(settings).toEqual([{ id: "khac-phuc-tre-han", enabled: false, text: null }]);
    expect(messages[0]).toContain("Dòng 2 (mã “khac-phuc-tre-han”): chỗ điền không hợp lệ {soHoSo}, {tenXa}; dùng nội dung mặc định.");
    expect(messages[0]).toContain("{hanBaoCao}");
  });

  it("reports an unreadable switch and keeps the paragraph on", () => {
    const { settings, messages } = parseTemplateRows([header, ["hoan-thanh-nq57", "", "có lẽ", "", ""]]);
    expect(settings).toEqual([{ id: "hoan-thanh-nq57", enabled: true, text: null }]);
    expect(messages[0]).toContain("Dòng 2: cột “Bật/tắt” ghi “có lẽ”");
  });

  it("keeps the first of duplicated ids, skips blank rows, flags rows without an id", () => {
    const { settings, messages } = parseTemplateRows([
      header,
      ["hoan-thanh-nq57", "", "Tắt", "", ""],
      [null, null, null, null, null],
      ["hoan-thanh-nq57", "", "Bật", "", ""],
      ["", "Tiêu đề lạc", "Bật", "", ""],
    ]);
    expect(settings).toEqual([{ id: "hoan-thanh-nq57", enabled: false, text: null }]);
    expect(messages).toEqual([
      "Dòng 4: mã “hoan-thanh-nq57” đã có ở dòng trên, bỏ qua dòng này.",
      "Dòng 5: thiếu mã đoạn kiến nghị, bỏ qua.",
    ]);
  });

  it("uses the defaults with a message when the header is missing", () => {
    const result = parseTemplateRows([["khac-phuc-tre-han", "", "Tắt", "", ""]]);
    expect(result.settings).toEqual([]);
    expect(result.messages[0]).toContain("không có dòng tiêu đề");
    expect(parseTemplateRows([]).settings).toEqual([]);
  });
});
