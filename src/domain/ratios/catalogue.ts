/**
 * The ratios the inspection reports on, each declared once as data: the same declaration gives
 * its value on a record (a fraction, 0.385) and its Excel formula over the cells of a row, and
 * names the percentage the report states for it, if any, so the checks can compare the two.
 */
import { type CellReference, type Expr, difference, evaluate, field, quotient, sum, toExcelFormula } from "../expr/expr";
import type { CommuneRecord, FieldId } from "../record/fields";

export const RATIO_IDS = [
  "onlineShare",
  "directShare",
  "onTimeRate",
  "lateRate",
  "progress766",
  "pendingShare",
  "vneidActivation",
  "orgEidRate",
  "nq57Completion",
  "civilServantFill",
  "publicEmployeeFill",
  "autonomousShare",
] as const;

export type RatioId = (typeof RATIO_IDS)[number];

export interface Ratio {
  readonly id: RatioId;
  /** Column header and the subject of messages: "Tỷ lệ hồ sơ trực tuyến". */
  readonly label: string;
  readonly numerator: Expr;
  readonly denominator: Expr;
  /** What the counts count, for "154/400 hồ sơ". */
  readonly unit: string;
  /** Decimals to show when the ratio is written as a percentage. */
  readonly percentDigits: number;
  /** The field holding the percentage the report states for this ratio, if the record has one. */
  readonly stated?: FieldId;
}

const count = field;

export const RATIOS: readonly Ratio[] = [
  {
    id: "onlineShare",
    label: "Tỷ lệ hồ sơ trực tuyến",
    numerator: count("receivedOnline"),
    denominator: count("received"),
    unit: "hồ sơ",
    percentDigits: 1,
    stated: "onlineShareStated",
  },
  {
    id: "directShare",
    label: "Tỷ lệ hồ sơ trực tiếp",
    numerator: count("receivedDirect"),
    denominator: count("received"),
    unit: "hồ sơ",
    percentDigits: 1,
    stated: "directShareStated",
  },
  {
    id: "onTimeRate",
    label: "Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn",
    numerator: count("resolvedOnTime"),
    denominator: count("resolved"),
    unit: "hồ sơ",
    percentDigits: 2,
    stated: "onTimeRateStated",
  },
  {
    id: "lateRate",
    label: "Tỷ lệ hồ sơ giải quyết quá hạn",
    numerator: count("resolvedLate"),
    denominator: count("resolved"),
    unit: "hồ sơ",
    percentDigits: 2,
    stated: "lateRateStated",
  },
  {
    // Quyết định số 766/QĐ-TTg: dossiers resolved on time plus those pending and not yet overdue, over all received.
    id: "progress766",
    label: "Tỷ lệ giải quyết đúng tiến độ (QĐ 766/QĐ-TTg)",
    numerator: sum(count("resolvedOnTime"), difference(count("pending"), count("pendingOverdue"))),
    denominator: count("received"),
    unit: "hồ sơ",
    percentDigits: 2,
  },
  {
    id: "pendingShare",
    label: "Tỷ lệ hồ sơ đang giải quyết",
    numerator: count("pending"),
    denominator: count("received"),
    unit: "hồ sơ",
    percentDigits: 1,
  },
  {
    id: "vneidActivation",
    label: "Tỷ lệ kích hoạt tài khoản định danh điện tử",
    numerator: count("vneidActivated"),
    denominator: count("vneidTotal"),
    unit: "tài khoản",
    percentDigits: 2,
    stated: "vneidRateStated",
  },
  {
    id: "orgEidRate",
    label: "Tỷ lệ tổ chức được cấp tài khoản định danh điện tử",
    numerator: count("orgEidIssued"),
    denominator: count("orgEidTotal"),
    unit: "tổ chức",
    percentDigits: 2,
    stated: "orgEidRateStated",
  },
  {
    id: "nq57Completion",
    label: "Tỷ lệ chỉ tiêu Nghị quyết số 57-NQ/TW hoàn thành",
    numerator: count("nq57Completed"),
    denominator: count("nq57Total"),
    unit: "chỉ tiêu",
    percentDigits: 1,
  },
  {
    id: "civilServantFill",
    label: "Tỷ lệ công chức có mặt so với biên chế",
    numerator: count("civilServantPresent"),
    denominator: count("civilServantQuota"),
    unit: "biên chế",
    percentDigits: 1,
  },
  {
    id: "publicEmployeeFill",
    label: "Tỷ lệ viên chức có mặt so với biên chế",
    numerator: count("publicEmployeePresent"),
    denominator: count("publicEmployeeQuota"),
    unit: "biên chế",
    percentDigits: 1,
  },
  {
    id: "autonomousShare",
    label: "Tỷ lệ đơn vị sự nghiệp tự chủ tài chính",
    numerator: count("autonomousUnits"),
    denominator: count("publicServiceUnits"),
    unit: "đơn vị",
    percentDigits: 1,
  },
];

export function ratioById(id: RatioId): Ratio {
  const ratio = RATIOS.find((r) => r.id === id);
  if (!ratio) throw new Error(`unknown ratio ${id}`);
  return ratio;
}

/** The ratio as one expression: numerator / denominator. */
export function ratioExpr(ratio: Ratio): Expr {
  return quotient(ratio.numerator, ratio.denominator);
}

/** The ratio as a fraction (0.385), or undefined when a figure is missing or the denominator is 0. */
export function ratioValue(ratio: Ratio, record: CommuneRecord): number | undefined {
  return evaluate(ratioExpr(ratio), record);
}

/** Every ratio of a record, undefined where it cannot be computed. */
export function ratiosOf(record: CommuneRecord): Record<RatioId, number | undefined> {
  return Object.fromEntries(RATIOS.map((r) => [r.id, ratioValue(r, record)])) as Record<RatioId, number | undefined>;
}

/** The Excel formula (without "=") giving the fraction, or "" exactly where ratioValue is undefined. */
export function ratioFormula(ratio: Ratio, ref: CellReference): string {
  return toExcelFormula(ratioExpr(ratio), ref);
}
