/**
 * The figures of a report in the order staff review them: grouped by the part of the inspection they
 * belong to, as the notice's sections are.
 */
import type { FieldId } from "../../domain/record/fields";

export interface FieldSection {
  readonly title: string;
  readonly fields: readonly FieldId[];
}

export const SECTIONS: readonly FieldSection[] = [
  { title: "Xã và kỳ báo cáo", fields: ["commune", "periodStart", "periodEnd", "remediationDeadline"] },
  {
    title: "Hồ sơ TTHC",
    fields: [
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
    ],
  },
  { title: "Biên chế", fields: ["civilServantQuota", "civilServantPresent", "publicEmployeeQuota", "publicEmployeePresent"] },
  { title: "Đơn vị sự nghiệp", fields: ["publicServiceUnits", "autonomousUnits"] },
  { title: "Nghị quyết 57", fields: ["nq57Completed", "nq57Total", "nq57IncompleteListed"] },
  {
    title: "Đề án 06 và định danh",
    fields: ["vneidActivated", "vneidTotal", "vneidRateStated", "orgEidIssued", "orgEidTotal", "orgEidRateStated"],
  },
];
