/** Findings as staff read them: errors first, then warnings, then information, each group in rule order. */
import type { Finding, Severity } from "../../domain/checks/finding";
import { countOf } from "../wording";

export const SEVERITIES: readonly Severity[] = ["lỗi", "cảnh báo", "thông tin"];

export interface SeverityGroup {
  readonly severity: Severity;
  readonly findings: readonly Finding[];
}

/** The non-empty groups, most serious first. */
export function bySeverity(findings: readonly Finding[]): SeverityGroup[] {
  return SEVERITIES.map((severity) => ({ severity, findings: findings.filter((f) => f.severity === severity) })).filter(
    (group) => group.findings.length > 0,
  );
}

/** "2 lỗi, 1 cảnh báo", or "không có sai sót" when there is nothing. */
export function severitySummary(findings: readonly Finding[]): string {
  const groups = bySeverity(findings);
  if (groups.length === 0) return "không có sai sót";
  return groups.map((g) => `${countOf(g.findings.length)} ${g.severity}`).join(", ");
}
