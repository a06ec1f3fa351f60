import { FIELDS } from "../record/fields";
import { RATIOS } from "../ratios/catalogue";
import { ARITHMETIC_RULES } from "../checks/rules";
import { DATA_COLUMNS, NUMBER_FORMATS, SOURCE_ROW_LABELS, headerKey } from "./layout";

describe("the data sheet layout", () => {
  it("has the 33 fields as inputs, then every ratio, then every arithmetic rule's flag", () => {
    expect(DATA_COLUMNS.filter((c) => c.role === "field").map((c) => c.key)).toEqual(FIELDS.map((f) => f.id));
    expect(DATA_COLUMNS.filter((c) => c.role === "ratio")).toHaveLength(RATIOS.length);
    expect(DATA_COLUMNS.filter((c) => c.role === "flag")).toHaveLength(ARITHMETIC_RULES.length);
  });

  it("gives every column a distinct header, as a table requires", () => {
    const headers = DATA_COLUMNS.map((c) => headerKey(c.header));
    expect(new Set(headers).size).toBe(headers.length);
    expect(headers.every((h) => h.length > 0 && h.length <= 255)).toBe(true);
  });

  it("states a flag column's failure in words over field labels", () => {
    const flag = DATA_COLUMNS.find((c) => c.key === "flag:exceeds-orgEidIssued");
    expect(flag?.header).toBe("Lệch: [Tổ chức đã cấp định danh] > [Tổng số tổ chức]");
    const balance = DATA_COLUMNS.find((c) => c.key === "flag:balance-resolution");
    expect(balance?.header).toBe("Lệch: [Giải quyết trước hạn, đúng hạn] + [Giải quyết quá hạn] ≠ [Đã giải quyết]");
  });

  it("validates counts as whole numbers ≥ 0, stated percents as decimals 0..1000, dates as dates", () => {
    for (const column of DATA_COLUMNS) {
      if (column.role !== "field") continue;
      const expected = {
        count: { kind: "whole", min: 0 },
        percent: { kind: "decimal", min: 0, max: 1000 },
        date: { kind: "date" },
        text: undefined,
      }[column.field.kind];
      expect({ key: column.key, validation: column.validation }).toEqual({ key: column.key, validation: expected });
    }
    expect(DATA_COLUMNS.filter((c) => c.role === "ratio").every((c) => c.numberFormat === NUMBER_FORMATS.ratio)).toBe(true);
  });

  it("names the citation rows of “Nguồn” apart from every figure", () => {
    const labels = new Set(FIELDS.map((f) => headerKey(f.label)));
    for (const label of Object.values(SOURCE_ROW_LABELS)) expect(labels.has(headerKey(label))).toBe(false);
  });

  it("compares headers regardless of case and spacing", () => {
    expect(headerKey("  Hồ sơ   TIẾP nhận ")).toBe(headerKey("Hồ sơ tiếp nhận"));
    expect(headerKey("Hồ sơ tiếp nhận")).not.toBe(headerKey("Hồ sơ tiếp nhận trực tuyến"));
  });
});
