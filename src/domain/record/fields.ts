/**
 * The standard commune record: the 33 fields that the extractor, the workbook, the checks
 * and the drafts share (../shared/spec/fields.md). Ids are the contract; labels are what
 * staff read in sheet headers and messages.
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
  /** Sheet header and the noun used in messages, in official Vietnamese. */
  readonly label: string;
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
  commune: { kind: "text", label: "Xã, phường" },
  periodStart: { kind: "date", label: "Từ ngày" },
  periodEnd: { kind: "date", label: "Đến ngày" },
  received: { kind: "count", label: "Hồ sơ tiếp nhận", unit: "hồ sơ" },
  receivedOnline: { kind: "count", label: "Tiếp nhận trực tuyến", unit: "hồ sơ" },
  receivedDirect: { kind: "count", label: "Tiếp nhận trực tiếp, bưu chính", unit: "hồ sơ" },
  carriedOver: { kind: "count", label: "Kỳ trước chuyển qua", unit: "hồ sơ" },
  resolved: { kind: "count", label: "Đã giải quyết", unit: "hồ sơ" },
  resolvedOnTime: { kind: "count", label: "Giải quyết trước hạn, đúng hạn", unit: "hồ sơ" },
  resolvedLate: { kind: "count", label: "Giải quyết quá hạn", unit: "hồ sơ" },
  pending: { kind: "count", label: "Đang giải quyết", unit: "hồ sơ" },
  pendingOverdue: { kind: "count", label: "Đang giải quyết quá hạn", unit: "hồ sơ" },
  withdrawn: { kind: "count", label: "Xin rút", unit: "hồ sơ" },
  onlineShareStated: { kind: "percent", label: "Tỷ lệ trực tuyến (báo cáo nêu)" },
  directShareStated: { kind: "percent", label: "Tỷ lệ trực tiếp (báo cáo nêu)" },
  onTimeRateStated: { kind: "percent", label: "Tỷ lệ đúng hạn (báo cáo nêu)" },
  lateRateStated: { kind: "percent", label: "Tỷ lệ quá hạn (báo cáo nêu)" },
  civilServantQuota: { kind: "count", label: "Biên chế công chức được giao", unit: "biên chế" },
  civilServantPresent: { kind: "count", label: "Công chức có mặt", unit: "biên chế" },
  publicEmployeeQuota: { kind: "count", label: "Biên chế viên chức", unit: "biên chế" },
  publicEmployeePresent: { kind: "count", label: "Viên chức có mặt", unit: "biên chế" },
  publicServiceUnits: { kind: "count", label: "Đơn vị sự nghiệp công lập", unit: "đơn vị" },
  autonomousUnits: { kind: "count", label: "Đơn vị tự chủ tài chính", unit: "đơn vị" },
  nq57Completed: { kind: "count", label: "Chỉ tiêu NQ57 hoàn thành", unit: "chỉ tiêu" },
  nq57Total: { kind: "count", label: "Tổng chỉ tiêu NQ57", unit: "chỉ tiêu" },
  nq57IncompleteListed: { kind: "count", label: "Chỉ tiêu NQ57 nêu chưa hoàn thành", unit: "chỉ tiêu" },
  vneidActivated: { kind: "count", label: "Tài khoản VNeID đã kích hoạt", unit: "tài khoản" },
  vneidTotal: { kind: "count", label: "Tài khoản VNeID chỉ tiêu", unit: "tài khoản" },
  vneidRateStated: { kind: "percent", label: "Tỷ lệ kích hoạt VNeID (báo cáo nêu)" },
  orgEidIssued: { kind: "count", label: "Tổ chức đã cấp định danh", unit: "tổ chức" },
  orgEidTotal: { kind: "count", label: "Tổng số tổ chức", unit: "tổ chức" },
  orgEidRateStated: { kind: "percent", label: "Tỷ lệ định danh tổ chức (báo cáo nêu)" },
  remediationDeadline: { kind: "date", label: "Hạn báo cáo khắc phục" },
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
