/**
 * The figures of a report in the order staff review them: grouped by the part of the inspection they
 * belong to, as the notice's sections are.
 */
import { FIELD_IDS, type FieldId } from "../../domain/record/fields";

export interface FieldSection {
  readonly title: string;
  readonly fields: readonly FieldId[];
}

/** The fields from `first` to `last` in the record's order. */
const span = (first: FieldId, last: FieldId): FieldId[] => FIELD_IDS.slice(FIELD_IDS.indexOf(first), FIELD_IDS.indexOf(last) + 1);

export const SECTIONS: readonly FieldSection[] = [
  { title: "Xã và kỳ báo cáo", fields: [...span("commune", "periodEnd"), "remediationDeadline"] },
  { title: "Hồ sơ TTHC", fields: span("received", "lateRateStated") },
  { title: "Biên chế", fields: span("civilServantQuota", "publicEmployeePresent") },
  { title: "Đơn vị sự nghiệp", fields: span("publicServiceUnits", "autonomousUnits") },
  { title: "Nghị quyết 57", fields: span("nq57Completed", "nq57IncompleteListed") },
  { title: "Đề án 06 và định danh", fields: span("vneidActivated", "orgEidRateStated") },
];
