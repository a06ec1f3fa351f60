/**
 * The standard commune record: the 33 fields that the extractor, the workbook, the checks
 * and the drafts share (../shared/spec/fields.md). Ids are the contract; labels are what
 * staff read in sheet headers, nouns what they read in sentences.
 */

/** How a field's value is written and validated. */
export type FieldKind =
  /** a whole number of dossiers, posts, units, accounts or indicators (≥ 0) */
  | "count"
  /** a percentage as the report states it: 47,2% → 47.2 */
  | "percent"
  /** an ISO date YYYY-MM-DD */
  | "date"
  /** free text (the commune's name) */
  | "text";

export interface FieldDefinition {
  readonly id: FieldId;
  readonly kind: FieldKind;
  /** Sheet header, in official Vietnamese. */
  readonly label: string;
  /** How a sentence names the figure, in lower case ("số hồ sơ đang giải quyết"). */
  readonly noun: string;
  /** The unit that follows a count in a sentence ("hồ sơ", "biên chế"); absent for other kinds. */
  readonly unit?: string;
}

export const FIELD_IDS = [
  "commune",
  "periodStart",
  "periodEnd",
  "received",
  "receivedOnline",
  "receivedDirect",
  "carriedOver",
  "resolved",
  "resolvedOnTime",
  "resolvedLate",
  "pending",
  "pendingOverdue",
  "withdrawn",
  "onlineShareStated",
  "directShareStated",
  "onTimeRateStated",
  "lateRateStated",
  "civilServantQuota",
  "civilServantPresent",
  "publicEmployeeQuota",
  "publicEmployeePresent",
  "publicServiceUnits",
  "autonomousUnits",
  "nq57Completed",
  "nq57Total",
  "nq57IncompleteListed",
  "vneidActivated",
  "vneidTotal",
  "vneidRateStated",
  "orgEidIssued",
  "orgEidTotal",
  "orgEidRateStated",
  "remediationDeadline",
] as const;

export type FieldId = (typeof FIELD_IDS)[number];

const DEFINITIONS: Record<FieldId, Omit<FieldDefinition, "id">> = {
  commune: { kind: "text", label: "Xã, phường", noun: "tên xã, phường" },
  periodStart: { kind: "date", label: "Từ ngày", noun: "ngày bắt đầu kỳ báo cáo" },
  periodEnd: { kind: "date", label: "Đến ngày", noun: "ngày kết thúc kỳ báo cáo" },
  received: { kind: "count", label: "Hồ sơ tiếp nhận", noun: "số hồ sơ tiếp nhận", unit: "hồ sơ" },
  receivedOnline: { kind: "count", label: "Tiếp nhận trực tuyến", noun: "số hồ sơ tiếp nhận trực tuyến", unit: "hồ sơ" },
  receivedDirect: {
    kind: "count",
    label: "Tiếp nhận trực tiếp, bưu chính",
    noun: "số hồ sơ tiếp nhận trực tiếp, qua dịch vụ bưu chính công ích",
    unit: "hồ sơ",
  },
  carriedOver: { kind: "count", label: "Kỳ trước chuyển qua", noun: "số hồ sơ kỳ trước chuyển qua", unit: "hồ sơ" },
  resolved: { kind: "count", label: "Đã giải quyết", noun: "số hồ sơ đã giải quyết", unit: "hồ sơ" },
  resolvedOnTime: {
    kind: "count",
    label: "Giải quyết trước hạn, đúng hạn",
    noun: "số hồ sơ giải quyết trước hạn, đúng hạn",
    unit: "hồ sơ",
  },
  resolvedLate: { kind: "count", label: "Giải quyết quá hạn", noun: "số hồ sơ giải quyết quá hạn", unit: "hồ sơ" },
  pending: { kind: "count", label: "Đang giải quyết", noun: "số hồ sơ đang giải quyết", unit: "hồ sơ" },
  pendingOverdue: { kind: "count", label: "Đang giải quyết quá hạn", noun: "số hồ sơ đang giải quyết quá hạn", unit: "hồ sơ" },
  withdrawn: { kind: "count", label: "Xin rút", noun: "số hồ sơ xin rút", unit: "hồ sơ" },
  onlineShareStated: { kind: "percent", label: "Tỷ lệ trực tuyến (báo cáo nêu)", noun: "tỷ lệ hồ sơ trực tuyến" },
  directShareStated: { kind: "percent", label: "Tỷ lệ trực tiếp (báo cáo nêu)", noun: "tỷ lệ hồ sơ trực tiếp" },
  onTimeRateStated: { kind: "percent", label: "Tỷ lệ đúng hạn (báo cáo nêu)", noun: "tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn" },
  lateRateStated: { kind: "percent", label: "Tỷ lệ quá hạn (báo cáo nêu)", noun: "tỷ lệ hồ sơ giải quyết quá hạn" },
  civilServantQuota: { kind: "count", label: "Biên chế công chức được giao", noun: "số biên chế công chức được giao", unit: "biên chế" },
  civilServantPresent: { kind: "count", label: "Công chức có mặt", noun: "số công chức có mặt", unit: "biên chế" },
  publicEmployeeQuota: { kind: "count", label: "Biên chế viên chức", noun: "số biên chế viên chức được giao", unit: "biên chế" },
  publicEmployeePresent: { kind: "count", label: "Viên chức có mặt", noun: "số viên chức có mặt", unit: "biên chế" },
  publicServiceUnits: { kind: "count", label: "Đơn vị sự nghiệp công lập", noun: "số đơn vị sự nghiệp công lập", unit: "đơn vị" },
  autonomousUnits: { kind: "count", label: "Đơn vị tự chủ tài chính", noun: "số đơn vị thực hiện tự chủ tài chính", unit: "đơn vị" },
  nq57Completed: {
    kind: "count",
    label: "Chỉ tiêu NQ57 hoàn thành",
    noun: "số chỉ tiêu Nghị quyết số 57-NQ/TW đã hoàn thành",
    unit: "chỉ tiêu",
  },
  nq57Total: { kind: "count", label: "Tổng chỉ tiêu NQ57", noun: "tổng số chỉ tiêu Nghị quyết số 57-NQ/TW", unit: "chỉ tiêu" },
  nq57IncompleteListed: {
    kind: "count",
    label: "Chỉ tiêu NQ57 nêu chưa hoàn thành",
    noun: "số chỉ tiêu Nghị quyết số 57-NQ/TW được nêu là chưa hoàn thành",
    unit: "chỉ tiêu",
  },
  vneidActivated: {
    kind: "count",
    label: "Tài khoản VNeID đã kích hoạt",
    noun: "số tài khoản định danh điện tử mức độ 2 đã kích hoạt",
    unit: "tài khoản",
  },
  vneidTotal: {
    kind: "count",
    label: "Tài khoản VNeID chỉ tiêu",
    noun: "số tài khoản định danh điện tử mức độ 2 theo chỉ tiêu",
    unit: "tài khoản",
  },
  vneidRateStated: { kind: "percent", label: "Tỷ lệ kích hoạt VNeID (báo cáo nêu)", noun: "tỷ lệ kích hoạt tài khoản định danh điện tử" },
  orgEidIssued: {
    kind: "count",
    label: "Tổ chức đã cấp định danh",
    noun: "số tổ chức được cấp tài khoản định danh điện tử",
    unit: "tổ chức",
  },
  orgEidTotal: { kind: "count", label: "Tổng số tổ chức", noun: "tổng số tổ chức", unit: "tổ chức" },
  orgEidRateStated: {
    kind: "percent",
    label: "Tỷ lệ định danh tổ chức (báo cáo nêu)",
    noun: "tỷ lệ tổ chức được cấp tài khoản định danh điện tử",
  },
  remediationDeadline: { kind: "date", label: "Hạn báo cáo khắc phục", noun: "hạn báo cáo kết quả khắc phục" },
};

export const FIELDS: readonly FieldDefinition[] = FIELD_IDS.map((id) => ({ id, ...DEFINITIONS[id] }));

export function fieldDefinition(id: FieldId): FieldDefinition {
  return { id, ...DEFINITIONS[id] };
}

export function isFieldId(value: string): value is FieldId {
  return (FIELD_IDS as readonly string[]).includes(value);
}

/** A field's value: numbers for counts and percents, ISO strings for dates, text for names. */
export type FieldValue = number | string | null;

/** One commune and period: every field present, `null` where the report does not state it. */
export type CommuneRecord = { [K in FieldId]: FieldValue };

export function emptyRecord(): CommuneRecord {
  return Object.fromEntries(FIELD_IDS.map((id) => [id, null])) as CommuneRecord;
}

/** The numeric value of a field, or undefined when it is missing or not a number. */
export function numberOf(record: CommuneRecord, id: FieldId): number | undefined {
  const value = record[id];
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}
