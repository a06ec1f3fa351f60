/**
 * Header words → field. A cell's label is its row's label and its column's header path, folded
 * (no diacritics, lower case); a field is named when all of its words are there and none of the
 * words that would make it another figure. Columns for another period (cùng kỳ), plans and
 * targets, counts of procedures rather than dossiers, and comparisons name no field at all.
 */
import type { FieldId } from "../../record/fields";

interface FieldWords {
  readonly field: FieldId;
  readonly all: readonly RegExp[];
  readonly none?: readonly RegExp[];
}

const RECEIVED = /tiep nhan|nhan moi/;
const ONLINE = /truc tuyen|qua mang/;
const DIRECT = /truc tiep|buu chinh|bcci|bccl/;
const CARRIED = /ky truoc|chuyen qua|chuyen sang/;
const RESOLVED = /da giai quyet|giai quyet xong|da xu ly|da tra ket qua/;
const RESOLVING = /giai quyet|xu ly/;
const PENDING = /dang giai quyet|chua giai quyet|dang xu ly/;
const ON_TIME = /truoc han|dung han|som han/;
const LATE = /qua han|tre han/;
const IN_TIME = /trong han|chua den han|chua qua han/;
const WITHDRAWN = /xin rut|rut ho so|dan rut/;
const RATE = /ty le|%/;
const CIVIL = /cong chuc/;
const EMPLOYEE = /vien chuc/;
const QUOTA = /bien che|duoc giao/;
const PRESENT = /co mat|hien co/;
const UNITS = /don vi su nghiep/;
const AUTONOMOUS = /tu chu/;
const NQ57 = /nq ?57|57[ -]nq|nghi quyet (so )?57/;
const INDICATOR = /chi tieu/;
const COMPLETED = /hoan thanh/;
const NOT_COMPLETED = /chua hoan thanh/;
const ACTIVATED = /kich hoat/;
const ELIGIBLE = /thuoc dien|dien cap|phai cap|du dieu kien/;
const ORGANISATION = /to chuc|doanh nghiep|co quan/;
const IDENTITY = /dinh danh|tai khoan|vneid/;
const ISSUED = /da cap|duoc cap/;
/** Payments and digitised results are online figures of another kind. */
const OTHER_ONLINE = /thanh toan|le phi|so hoa|toan trinh|mot phan/;

const LEXICON: readonly FieldWords[] = [
  { field: "receivedOnline", all: [RECEIVED, ONLINE], none: [RATE, OTHER_ONLINE] },
  { field: "receivedDirect", all: [RECEIVED, DIRECT], none: [RATE] },
  { field: "received", all: [RECEIVED], none: [ONLINE, DIRECT, CARRIED, RATE, RESOLVING] },
  { field: "carriedOver", all: [CARRIED], none: [RATE, RESOLVED, PENDING] },
  { field: "resolvedOnTime", all: [RESOLVING, ON_TIME], none: [RATE, PENDING, LATE] },
  { field: "resolvedLate", all: [RESOLVING, LATE], none: [RATE, PENDING, ON_TIME, IN_TIME] },
  { field: "resolved", all: [RESOLVED], none: [RATE, ON_TIME, LATE, PENDING, IN_TIME] },
  { field: "pendingOverdue", all: [PENDING, LATE], none: [RATE, IN_TIME] },
  { field: "pending", all: [PENDING], none: [RATE, LATE, IN_TIME] },
  { field: "withdrawn", all: [WITHDRAWN], none: [RATE] },
  { field: "onlineShareStated", all: [RATE, ONLINE, /tiep nhan|ho so/], none: [OTHER_ONLINE] },
  { field: "directShareStated", all: [RATE, DIRECT, /tiep nhan|ho so/] },
  { field: "onTimeRateStated", all: [RATE, ON_TIME], none: [PENDING, LATE] },
  { field: "lateRateStated", all: [RATE, LATE], none: [PENDING, ON_TIME] },
  { field: "civilServantQuota", all: [CIVIL, QUOTA], none: [PRESENT, EMPLOYEE, RATE] },
  { field: "civilServantPresent", all: [CIVIL, PRESENT], none: [EMPLOYEE, RATE] },
  { field: "publicEmployeeQuota", all: [EMPLOYEE, QUOTA], none: [PRESENT, CIVIL, RATE] },
  { field: "publicEmployeePresent", all: [EMPLOYEE, PRESENT], none: [CIVIL, RATE] },
  { field: "autonomousUnits", all: [AUTONOMOUS, /don vi/], none: [RATE] },
  { field: "publicServiceUnits", all: [UNITS], none: [AUTONOMOUS, RATE] },
  { field: "nq57Completed", all: [INDICATOR, COMPLETED, NQ57], none: [NOT_COMPLETED, RATE] },
  { field: "vneidRateStated", all: [RATE, ACTIVATED], none: [ORGANISATION] },
  { field: "vneidActivated", all: [ACTIVATED], none: [RATE, ORGANISATION, ELIGIBLE] },
  { field: "vneidTotal", all: [ELIGIBLE], none: [RATE, ORGANISATION, ACTIVATED] },
  { field: "orgEidRateStated", all: [RATE, ORGANISATION, IDENTITY] },
  { field: "orgEidIssued", all: [ORGANISATION, IDENTITY, ISSUED], none: [RATE] },
];

/**
 * Words that make a label name no field of the current period: last year's figures, plans and
 * targets, comparisons, counts of procedures (unless the label speaks of dossiers), notes.
 */
const NOT_A_FIGURE =
  /cung ky|nam truoc|ke hoach|chi tieu (duoc |tinh |huyen )?giao|muc tieu|phan dau|so sanh|so voi|tang giam|tang, giam|chenh lech|con thieu|ghi chu|don vi tinh/;
const PROCEDURES = /thu tuc|tthc/;
const DOSSIERS = /ho so/;

/** Every word a label can carry that bears on a field: a row label without one is a sector (lĩnh vực, thôn). */
const CONCEPTS: readonly RegExp[] = [
  RECEIVED,
  ONLINE,
  DIRECT,
  CARRIED,
  RESOLVING,
  PENDING,
  ON_TIME,
  LATE,
  IN_TIME,
  WITHDRAWN,
  RATE,
  CIVIL,
  EMPLOYEE,
  QUOTA,
  PRESENT,
  UNITS,
  AUTONOMOUS,
  INDICATOR,
  ACTIVATED,
  ELIGIBLE,
  IDENTITY,
];

export function excluded(folded: string): boolean {
  return NOT_A_FIGURE.test(folded) || (PROCEDURES.test(folded) && !DOSSIERS.test(folded));
}

/** The field a folded label names, or undefined (none, or excluded). */
export function fieldOfLabel(folded: string): FieldId | undefined {
  if (excluded(folded)) return undefined;
  return LEXICON.find((entry) => entry.all.every((word) => word.test(folded)) && !(entry.none ?? []).some((word) => word.test(folded)))
    ?.field;
}

/** True when a folded row label speaks of some figure (not only a sector or a place). */
export function hasConcept(folded: string): boolean {
  return CONCEPTS.some((word) => word.test(folded));
}

/** "Tổng cộng", "Tổng số", "Cộng", "Tổng cộng (I + II)": a total row's whole label. */
export function isTotalLabel(folded: string): boolean {
  return /^(tong cong|tong so|tong|cong|toan xa|toan phuong|chung)\s*(\([^)]*\))?\s*:?$/.test(folded.trim());
}
