import { installOfficeDouble } from "../../test/office-double/officeDouble";
import {
  FEATURE_REQUIREMENTS,
  availabilityNotice,
  availableFeatures,
  essentialExcelApi,
  leftOutNote,
  type IsSetSupported,
} from "./requirements";

/** A host that supports ExcelApi up to `highest` (minor versions compared as numbers). */
const upTo =
  (highest: number): IsSetSupported =>
  (name, minVersion) =>
    name === "ExcelApi" && Number(minVersion.split(".")[1]) <= highest;

describe("availableFeatures", () => {
  it("offers everything on a current Excel and says nothing", () => {
    const availability = availableFeatures(upTo(17));
    expect(Object.values(availability).every(Boolean)).toBe(true);
    expect(availabilityNotice(availability)).toBeUndefined();
  });

  it("leaves out what a host below a feature's set lacks, and warns naming it", () => {
    const availability = availableFeatures(upTo(6));
    expect(availability).toEqual({
      sheets: true,
      recalculation: true,
      conditionalFormats: true,
      freezePanes: false,
      charts: false,
      dataValidation: false,
    });
    expect(availabilityNotice(availability)).toEqual({
      intent: "warning",
      message:
        "Phiên bản Excel này chưa hỗ trợ: cố định dòng tiêu đề; biểu đồ; ràng buộc dữ liệu nhập. Các chức năng khác vẫn sử dụng bình thường.",
    });
  });

  it("reports an error with the ways out when an essential feature is missing", () => {
    const notice = availabilityNotice(availableFeatures(upTo(3)));
    expect(notice?.intent).toBe("error");
    expect(notice?.message).toContain("ghi bảng số liệu vào sổ tính");
    expect(notice?.message).toContain("npx cchc workbook");
  });

  it("asks Office.context.requirements, and finds nothing when Office.js is absent", () => {
    expect(Object.values(availableFeatures()).some(Boolean)).toBe(false);
    const double = installOfficeDouble(globalThis, { requirementSets: { ExcelApi: "1.7" } });
    try {
      expect(availableFeatures()).toMatchObject({ freezePanes: true, charts: true, dataValidation: false });
    } finally {
      double.uninstall();
    }
  });
});

describe("essentialExcelApi", () => {
  it("is the highest set among the essential features, comparing versions as numbers", () => {
    const essential = FEATURE_REQUIREMENTS.filter((r) => r.essential).map((r) => r.excelApi);
    expect(essential).toContain(essentialExcelApi());
    const requirement = { feature: "sheets", label: "", essential: true } as const;
    expect(
      essentialExcelApi([
        { ...requirement, excelApi: "1.9" },
        { ...requirement, excelApi: "1.10" },
      ]),
    ).toBe("1.10");
    expect(
      essentialExcelApi([
        { ...requirement, excelApi: "1.12" },
        { ...requirement, excelApi: "1.14", essential: false },
      ]),
    ).toBe("1.12");
  });
});

describe("leftOutNote", () => {
  it("names each feature left out once, in the table's order, and is silent when none was", () => {
    expect(leftOutNote(["dataValidation", "freezePanes", "dataValidation", "freezePanes"])).toBe(
      "Phiên bản Excel này chưa hỗ trợ nên phần bổ trợ đã bỏ qua: cố định dòng tiêu đề; ràng buộc dữ liệu nhập. Số liệu, công thức và kết quả kiểm tra vẫn được ghi đầy đủ.",
    );
    expect(leftOutNote([])).toBeUndefined();
  });
});
