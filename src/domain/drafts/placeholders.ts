/**
 * The placeholders a paragraph template may use ({xa}, {soTreHan}, {hanBaoCao} …), what each
 * means for staff editing the sheet, and its value for one commune. A value the record does
 * not state is left visibly blank ("…", "…/…/…") so nobody sends a notice with a guessed figure.
 */
import type { Finding } from "../checks/finding";
import { formatCount, formatDate, formatRatioAsPercent } from "../format/vietnamese";
import type { RatioId } from "../ratios/catalogue";
import { type CommuneRecord, type FieldId, numberOf } from "../record/fields";
import { fieldNames, findingsOn, quotedRatio, ratioPercent } from "./figures";

/** What a rule or a placeholder reads: the commune's record, its findings and the settings. */
export interface DraftContext {
  readonly record: CommuneRecord;
  readonly findings: readonly Finding[];
  /** Online share (a fraction, 0.9 = 90%) below which online public services are pushed. */
  readonly onlineThreshold: number;
}

/** Every placeholder with its meaning, in the order the sheet lists them. */
export const PLACEHOLDERS = {
  xa: "tên xã, phường",
  soTreHan: "số hồ sơ giải quyết quá hạn",
  soDangQuaHan: "số hồ sơ đang giải quyết quá hạn",
  tyLeTrucTuyen: "tỷ lệ hồ sơ tiếp nhận trực tuyến",
  nguongTrucTuyen: "ngưỡng tỷ lệ trực tuyến",
  chiTieuNq57: "số chỉ tiêu Nghị quyết 57 đã hoàn thành/tổng số",
  soChiTieuChuaHoanThanh: "số chỉ tiêu Nghị quyết 57 chưa hoàn thành",
  tyLeVneid: "tỷ lệ kích hoạt tài khoản VNeID",
  dinhDanhToChuc: "câu về định danh điện tử cho tổ chức (bỏ trống khi đã đạt đúng 100%)",
  chinhSuaSoLieu: "yêu cầu rà soát, chỉnh sửa các số liệu có phát hiện mức lỗi (bỏ trống khi không có)",
  hanBaoCao: "hạn báo cáo kết quả khắc phục",
} as const;

export type PlaceholderName = keyof typeof PLACEHOLDERS;

export function isPlaceholderName(name: string): name is PlaceholderName {
  return Object.prototype.hasOwnProperty.call(PLACEHOLDERS, name);
}

/** What stands in the text for a value the record does not state. */
export const BLANK = "…";
export const BLANK_DATE = "…/…/…";

/** The clause on organisation e-ID accounts, kept unless organisations are at exactly 100% and consistent. */
export const ORGANISATION_EID_CLAUSE =
  "Đồng thời, khẩn trương rà soát, cấp tài khoản định danh điện tử cho tổ chức, đảm bảo tỷ lệ 100% tổ chức, doanh nghiệp, đơn vị trên địa bàn được cấp định danh điện tử.";

export function organisationsComplete(context: DraftContext): boolean {
  const { record, findings } = context;
  const issued = numberOf(record, "orgEidIssued");
  const total = numberOf(record, "orgEidTotal");
  const stated = numberOf(record, "orgEidRateStated");
  // Without the counts, a stated rate of 100% says the same.
  const complete = issued !== undefined && total !== undefined ? total > 0 && issued === total : stated === 100;
  return complete && findingsOn(findings, ["orgEidIssued", "orgEidTotal", "orgEidRateStated"]).length === 0;
}

/** The findings of severity lỗi: figures the commune is asked to check and correct. */
export function errorFindings(context: DraftContext): readonly Finding[] {
  return context.findings.filter((f) => f.severity === "lỗi");
}

/** The fields those findings concern, each once, in the order they are first named. */
export function errorFields(context: DraftContext): FieldId[] {
  return [...new Set(errorFindings(context).flatMap((f) => f.fields))];
}

function count(record: CommuneRecord, id: Parameters<typeof numberOf>[1]): string | undefined {
  const value = numberOf(record, id);
  return value === undefined ? undefined : formatCount(value);
}

function percent(record: CommuneRecord, id: RatioId): string | undefined {
  const ratio = quotedRatio(record, id);
  return ratio === undefined ? undefined : ratioPercent(id, ratio);
}

/** Each placeholder's value for the commune, or undefined when the record does not give it. */
export function placeholderValues(context: DraftContext): Record<PlaceholderName, string | undefined> {
  const { record } = context;
  const commune = typeof record.commune === "string" && record.commune.trim() ? record.commune.trim() : undefined;
  const completed = numberOf(record, "nq57Completed");
  const total = numberOf(record, "nq57Total");
  const listed = numberOf(record, "nq57IncompleteListed");
  const remaining = completed !== undefined && total !== undefined ? total - completed : listed;
  const deadline = record.remediationDeadline;
  const errors = errorFindings(context);
  return {
    xa: commune,
    soTreHan: count(record, "resolvedLate"),
    soDangQuaHan: count(record, "pendingOverdue"),
    tyLeTrucTuyen: percent(record, "onlineShare"),
    nguongTrucTuyen: formatRatioAsPercent(context.onlineThreshold),
    chiTieuNq57: completed !== undefined && total !== undefined ? `${formatCount(completed)}/${formatCount(total)}` : undefined,
    soChiTieuChuaHoanThanh: remaining !== undefined && remaining >= 0 ? formatCount(remaining) : undefined,
    tyLeVneid: percent(record, "vneidActivation"),
    dinhDanhToChuc: organisationsComplete(context) ? "" : ORGANISATION_EID_CLAUSE,
    chinhSuaSoLieu:
      errors.length > 0 ? `, đồng thời rà soát, chỉnh sửa các số liệu chưa thống nhất (${fieldNames(errorFields(context))})` : "",
    hanBaoCao: typeof deadline === "string" && deadline ? formatDate(deadline) : undefined,
  };
}

const PLACEHOLDER_PATTERN = /\{([^{}\s]*)\}/g;

/** The placeholder names a template uses, known or not, in order of first use. */
export function placeholdersIn(template: string): string[] {
  const names: string[] = [];
  for (const match of template.matchAll(PLACEHOLDER_PATTERN)) {
    const name = match[1] ?? "";
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/**
 * The template with its placeholders replaced. Values the record does not give become a
 * visible blank and are listed in `blanks`; whitespace left by an empty clause is tidied.
 */
export function fillTemplate(
  template: string,
  values: Record<PlaceholderName, string | undefined>,
): { text: string; blanks: PlaceholderName[] } {
  const blanks: PlaceholderName[] = [];
  const filled = template.replace(PLACEHOLDER_PATTERN, (whole, name: string) => {
    if (!isPlaceholderName(name)) return whole;
    const value = values[name];
    if (value !== undefined) return value;
    if (!blanks.includes(name)) blanks.push(name);
    return name === "hanBaoCao" ? BLANK_DATE : BLANK;
  });
  const text = filled
    .replace(/[ \t]{2,}/g, " ")
    .replace(/ ([,.;:])/g, "$1")
    .trim();
  return { text, blanks };
}
