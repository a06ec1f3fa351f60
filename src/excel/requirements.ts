/**
 * Which Excel features this Excel offers, so the pane can leave out what the host lacks instead of failing.
 * The table below is the single statement of which requirement set each feature needs; the manifest's
 * ExcelApi floor is the highest set among the essential features (checked by test/manifest).
 */

export type ExcelFeature = "sheets" | "recalculation" | "conditionalFormats" | "freezePanes" | "charts" | "dataValidation";

export interface FeatureRequirement {
  readonly feature: ExcelFeature;
  /** What staff lose without it, as a noun phrase in Vietnamese. */
  readonly label: string;
  /** The ExcelApi requirement set version that introduced what the feature uses. */
  readonly excelApi: string;
  /** Essential features are the manifest's floor: without them the add-in has nothing to offer. */
  readonly essential: boolean;
}

export const FEATURE_REQUIREMENTS: readonly FeatureRequirement[] = [
  // Tables, values, formulas and number formats are ExcelApi 1.1 (ranges by A1 address: getRangeByIndexes is 1.7);
  // reading back the sheets the add-in wrote, which may be empty, without an error (getUsedRangeOrNullObject) and
  // adding several table rows at once are 1.4. src/excel/apiMembers.test.ts derives this from the code.
  { feature: "sheets", label: "ghi bảng số liệu vào sổ tính", excelApi: "1.4", essential: true },
  // application.calculate(Excel.CalculationType.full) is ExcelApi 1.1.
  { feature: "recalculation", label: "tính lại sổ tính", excelApi: "1.1", essential: true },
  { feature: "conditionalFormats", label: "tô màu các ô có số liệu không khớp", excelApi: "1.6", essential: false },
  { feature: "freezePanes", label: "cố định dòng tiêu đề", excelApi: "1.7", essential: false },
  // Charts exist since 1.1, but adding series from chosen columns (series.add, setValues) is 1.7.
  { feature: "charts", label: "biểu đồ", excelApi: "1.7", essential: false },
  { feature: "dataValidation", label: "ràng buộc dữ liệu nhập", excelApi: "1.8", essential: false },
];

export type FeatureAvailability = Readonly<Record<ExcelFeature, boolean>>;

export type IsSetSupported = (name: string, minVersion: string) => boolean;

/** Office's own check; false when Office.js has not given the pane its context (e.g. opened outside Excel). */
export const officeIsSetSupported: IsSetSupported = (name, minVersion) =>
  typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported(name, minVersion) === true;

export function availableFeatures(isSetSupported: IsSetSupported = officeIsSetSupported): FeatureAvailability {
  const availability = {} as Record<ExcelFeature, boolean>;
  for (const { feature, excelApi } of FEATURE_REQUIREMENTS) {
    availability[feature] = isSetSupported("ExcelApi", excelApi);
  }
  return availability;
}

function compareVersions(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split(".").map(Number);
  const [bMajor = 0, bMinor = 0] = b.split(".").map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

/** The ExcelApi version the manifest must declare: the highest set among the essential features. */
export function essentialExcelApi(requirements: readonly FeatureRequirement[] = FEATURE_REQUIREMENTS): string {
  return requirements
    .filter((r) => r.essential)
    .map((r) => r.excelApi)
    .reduce((highest, version) => (compareVersions(version, highest) > 0 ? version : highest), "1.1");
}

export interface AvailabilityNotice {
  readonly intent: "error" | "warning";
  readonly message: string;
}

/** What to tell staff about missing features, or undefined when this Excel has everything. */
export function availabilityNotice(availability: FeatureAvailability): AvailabilityNotice | undefined {
  const missing = FEATURE_REQUIREMENTS.filter((r) => !availability[r.feature]);
  if (missing.length === 0) return undefined;
  const labels = missing.map((r) => r.label).join("; ");
  if (missing.some((r) => r.essential)) {
    return {
      intent: "error",
      message:
        `Phiên bản Excel này chưa hỗ trợ: ${labels}. Đề nghị cập nhật Office hoặc dùng Excel trên web; ` +
        `có thể lập sổ tính không cần phần bổ trợ bằng lệnh "npx cchc workbook".`,
    };
  }
  return {
    intent: "warning",
    message: `Phiên bản Excel này chưa hỗ trợ: ${labels}. Các chức năng khác vẫn sử dụng bình thường.`,
  };
}

/**
 * One sentence for an operation's notes on what it left out of the workbook because this Excel
 * lacks it (each feature once, however many sheets wanted it), or undefined when nothing was.
 */
export function leftOutNote(leftOut: Iterable<ExcelFeature>): string | undefined {
  const missing = new Set(leftOut);
  const labels = FEATURE_REQUIREMENTS.filter((r) => missing.has(r.feature)).map((r) => r.label);
  if (labels.length === 0) return undefined;
  return `Phiên bản Excel này chưa hỗ trợ nên phần bổ trợ đã bỏ qua: ${labels.join("; ")}. Số liệu, công thức và kết quả kiểm tra vẫn được ghi đầy đủ.`;
}
