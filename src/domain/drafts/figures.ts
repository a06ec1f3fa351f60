/**
 * The facts about a record that the paragraph rules, the placeholders and the figure sentences
 * share: ratios recomputed from the counts, and which fields a finding has put in doubt.
 */
import type { Finding, Severity } from "../checks/finding";
import { evaluate } from "../expr/expr";
import { formatCount, formatRatioAsPercent } from "../format/vietnamese";
import { type CommuneRecord, type FieldId, fieldDefinition, numberOf } from "../record/fields";
import { type RatioId, ratioById, ratioValue } from "../ratios/catalogue";

/** A share is possible from 0 to 100%; anything else (a part above its whole) is no share at all. */
const possible = (fraction: number | undefined): number | undefined =>
  fraction !== undefined && Number.isFinite(fraction) && fraction >= 0 && fraction <= 1 ? fraction : undefined;

/** The ratio recomputed from the counts (a fraction); undefined when a count is missing, the whole is 0 or the part exceeds it. */
export function computedRatio(record: CommuneRecord, id: RatioId): number | undefined {
  return possible(ratioValue(ratioById(id), record));
}

/**
 * A ratio a reason may quote: recomputed from the counts when they are stated, otherwise the
 * percentage the report states (as a fraction); undefined when neither gives a possible share.
 */
export function quotedRatio(record: CommuneRecord, id: RatioId): number | undefined {
  const ratio = ratioById(id);
  if (ratioValue(ratio, record) !== undefined) return computedRatio(record, id);
  const stated = ratio.stated === undefined ? undefined : numberOf(record, ratio.stated);
  return possible(stated === undefined ? undefined : stated / 100);
}

/** A ratio as a percentage with the decimals the workbook shows for it: "46,2%", "60,25%". */
export function ratioPercent(id: RatioId, fraction: number): string {
  return formatRatioAsPercent(fraction, ratioById(id).percentDigits);
}

/** "600/1.300": the counts a ratio was recomputed from, when both are stated. */
export function ratioCounts(record: CommuneRecord, id: RatioId): string | undefined {
  const ratio = ratioById(id);
  const part = evaluate(ratio.numerator, record);
  const whole = evaluate(ratio.denominator, record);
  return part === undefined || whole === undefined ? undefined : `${formatCount(part)}/${formatCount(whole)}`;
}

/** The findings of a severity that concern any of the given fields. */
export function findingsOn(findings: readonly Finding[], ids: readonly FieldId[], severity?: Severity): Finding[] {
  return findings.filter((f) => (severity === undefined || f.severity === severity) && f.fields.some((id) => ids.includes(id)));
}

/** "hồ sơ tiếp nhận, đã giải quyết": field labels in running text, without the sheet's "(báo cáo nêu)". */
export function fieldNames(ids: readonly FieldId[]): string {
  return ids.map((id) => lowerFirst(fieldDefinition(id).label.replace(/ \(báo cáo nêu\)$/, ""))).join(", ");
}

export function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase("vi") + text.slice(1);
}
