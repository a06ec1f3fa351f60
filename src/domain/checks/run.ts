/**
 * Runs the rule catalogue on a record: a result per rule (pass / fail / na) and, for failures, the
 * findings staff read, with the figure most likely wrong when the counts can tell.
 */
import { formatCount, formatDate, formatPercent } from "../format/vietnamese";
import type { CitedDocument } from "../record/extraction";
import { type CommuneRecord, type FieldId, emptyRecord, numberOf } from "../record/fields";
import { ratioById, ratioValue } from "../ratios/catalogue";
import { evaluate } from "../expr/expr";
import { type RuleStatus, firstReadingSides, ruleStatus } from "./arithmetic";
import type { Finding } from "./finding";
import { type FieldRange, type Localisation, localise } from "./localise";
import { documentReference, numberingConflicts } from "./numbering";
import { EPSILON, statedDecimals, truncateTo } from "./precision";
import {
  type ArithmeticRule,
  type DateReference,
  type DateRule,
  type MissingRule,
  type NumberingRule,
  type Rule,
  RULES,
  fieldsOfRule,
  isArithmetic,
  isCountRule,
} from "./rules";
import { fillTemplate, formatFieldValue, formatStatedPercent, listInVietnamese, nounOf } from "./wording";

export type { RuleStatus } from "./arithmetic";

export interface CheckContext {
  /** The documents the report cites; without them the numbering rules are "na". */
  readonly documents?: readonly CitedDocument[];
  /** ISO date the notice was signed; without it the rules comparing with it are "na". */
  readonly noticeDate?: string | null;
  /**
   * Figures the extractor read with low confidence (an OCR misread, a figure implausible beside
   * the others): a rule resting on one only warns that the figure must be checked, since the
   * inconsistency may be the reading's and not the commune's.
   */
  readonly uncertain?: readonly FieldId[];
}

/** Appended to a finding that rests on a figure read with low confidence. */
export const CHECK_READING = "cần kiểm tra lại số liệu đọc từ báo cáo";

/** A finding that rests on uncertain figures: a warning that names them, never an error. */
function guarded(finding: Finding, uncertain: readonly FieldId[]): Finding {
  const doubtful = finding.fields.filter((id) => uncertain.includes(id));
  if (doubtful.length === 0) return finding;
  const message = `${finding.message.replace(/\.$/, "")}; ${CHECK_READING} (${listInVietnamese(doubtful.map(nounOf))}).`;
  return { ...finding, severity: finding.severity === "lỗi" ? "cảnh báo" : finding.severity, message };
}

export interface RuleResult {
  readonly rule: Rule;
  readonly status: RuleStatus;
  /** What staff read for a failure; empty when it passes, is not available, or another finding already says it. */
  readonly findings: readonly Finding[];
}

/** Count rules linked through shared fields form one group: a wrong figure can only upset rules of its group. */
function countRuleGroups(rules: readonly ArithmeticRule[]): ArithmeticRule[][] {
  const groups: ArithmeticRule[][] = [];
  for (const rule of rules) {
    const fields = fieldsOfRule(rule);
    const linked = groups.filter((g) => g.some((other) => fieldsOfRule(other).some((id) => fields.includes(id))));
    const merged = [...linked.flat(), rule];
    groups.splice(0, groups.length, ...groups.filter((g) => !linked.includes(g)), merged);
  }
  return groups;
}

const COUNT_RULE_GROUPS = countRuleGroups(RULES.filter(isCountRule));

function isStated(record: CommuneRecord, id: FieldId): boolean {
  return formatFieldValue(record, id) !== undefined;
}

function statedValues(record: CommuneRecord, fields: readonly FieldId[]): Partial<Record<FieldId, number>> {
  return Object.fromEntries(fields.flatMap((id) => (numberOf(record, id) === undefined ? [] : [[id, numberOf(record, id)]])));
}

function describeRange(range: FieldRange): string {
  const noun = nounOf(range.field);
  if (range.max === range.min) return `${noun} là ${formatCount(range.min)}`;
  if (range.max === undefined) return `${noun} từ ${formatCount(range.min)} trở lên`;
  if (range.min === 0) return `${noun} không quá ${formatCount(range.max)}`;
  return `${noun} từ ${formatCount(range.min)} đến ${formatCount(range.max)}`;
}

/** The suggestion a localisation gives: the value that would fix one figure, or the figures to review together. */
export function suggestionOf(localisation: Localisation): string {
  if (localisation.ranges.length > 0) {
    const [first, ...others] = localisation.ranges.map(describeRange);
    return others.length === 0
      ? `Nếu ${first} thì các số liệu khớp nhau.`
      : `Các số liệu khớp nhau nếu ${first}, ${others.map((o) => `hoặc nếu ${o}`).join(", ")}; đề nghị kiểm tra lại các số liệu này.`;
  }
  if (localisation.sets.length > 0) {
    const pairs = localisation.sets.map((set) => listInVietnamese(set.map(nounOf)));
    return `Không có số liệu nào tự nó giải thích được chênh lệch; cần xem lại đồng thời ${pairs.join(", hoặc ")}.`;
  }
  return "";
}

/** Localisation for each failing count rule, done once per group of linked rules. */
function localisations(record: CommuneRecord, statuses: ReadonlyMap<string, RuleStatus>): Map<string, Localisation> {
  const result = new Map<string, Localisation>();
  for (const group of COUNT_RULE_GROUPS) {
    const failing = group.filter((rule) => statuses.get(rule.id) === "fail");
    if (failing.length === 0) continue;
    const available = group.filter((rule) => statuses.get(rule.id) !== "na");
    const candidates = [...new Set(failing.flatMap(fieldsOfRule))].filter((id) => numberOf(record, id) !== undefined);
    const localisation = localise(available, record, candidates);
    for (const rule of failing) result.set(rule.id, localisation);
  }
  return result;
}

/** The placeholders a ratio lends a message: its counts, its value, and whether a stated value was cut. */
function ratioWording(rule: ArithmeticRule, record: CommuneRecord): { extra: Record<string, string>; truncated: boolean } {
  if (!rule.ratio) return { extra: {}, truncated: false };
  const ratio = ratioById(rule.ratio);
  const numerator = evaluate(ratio.numerator, record);
  const denominator = evaluate(ratio.denominator, record);
  const stated = ratio.stated ? numberOf(record, ratio.stated) : undefined;
  const fraction = ratioValue(ratio, record);
  const extra: Record<string, string> = {
    numerator: numerator === undefined ? "…" : formatCount(numerator),
    denominator: denominator === undefined ? "…" : formatCount(denominator),
    // The rate the counts give: the report's own rate may say something else (the stated-percent rule compares them).
    rate:
      fraction !== undefined
        ? `, tỷ lệ ${formatPercent(fraction * 100, ratio.percentDigits)} vượt 100%`
        : stated !== undefined
          ? `, tỷ lệ ${formatStatedPercent(stated)} vượt 100%`
          : "",
  };
  if (stated === undefined || fraction === undefined) return { extra, truncated: false };
  // The computed rate is written with the precision the report used, and one more digit to show a cut.
  const decimals = statedDecimals(stated);
  const percent = fraction * 100;
  extra.computed = formatPercent(percent, decimals);
  extra.exact = formatPercent(percent, decimals + 1);
  return { extra, truncated: Math.abs(truncateTo(percent, decimals) - stated) < EPSILON };
}

/** The finding of a failing arithmetic rule. */
function arithmeticFinding(rule: ArithmeticRule, record: CommuneRecord, localisation: Localisation | undefined): Finding {
  const sides = firstReadingSides(rule, record);
  const { extra, truncated } = ratioWording(rule, record);
  if (sides) {
    // Sums of stated percentages are written as percentages, with the most decimals any of them has.
    const decimals = Math.max(1, ...rule.tolerance.map((id) => statedDecimals(numberOf(record, id) ?? 0)));
    const format = (v: number): string => (rule.kind === "stated-percent" ? formatPercent(v, decimals) : formatCount(v));
    extra.left = format(sides.left);
    extra.right = format(sides.right);
  }
  // A rate cut instead of rounded is a writing slip rather than a wrong figure.
  const cut = truncated && rule.truncatedMessage !== undefined;
  return {
    rule: rule.id,
    kind: rule.kind,
    severity: cut ? "cảnh báo" : rule.severity,
    fields: rule.fields.filter((id) => isStated(record, id)),
    message: fillTemplate(cut ? (rule.truncatedMessage as string) : rule.message, record, extra),
    suggestion: localisation
      ? suggestionOf(localisation)
      : rule.kind === "stated-percent" && extra.computed
        ? `Nếu các số liệu đếm được là đúng thì tỷ lệ phải là ${extra.computed}.`
        : "",
    values: statedValues(record, fieldsOfRule(rule)),
    ...(localisation ? { suspects: localisation.sets } : {}),
  };
}

function missingStatus(rule: MissingRule, record: CommuneRecord): { status: RuleStatus; absent: FieldId[] } {
  if (!isStated(record, rule.stated)) return { status: "na", absent: [] };
  const absent = rule.needs.filter((id) => !isStated(record, id));
  return { status: absent.length > 0 ? "fail" : "pass", absent: [...new Set(absent)] };
}

function dateOf(reference: DateReference, record: CommuneRecord, context: CheckContext): string | undefined {
  const value = reference === "noticeDate" ? context.noticeDate : record[reference];
  return typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}

function dateResult(rule: DateRule, record: CommuneRecord, context: CheckContext): RuleResult {
  const earlier = dateOf(rule.earlier, record, context);
  const later = dateOf(rule.later, record, context);
  if (earlier === undefined || later === undefined) return { rule, status: "na", findings: [] };
  if (earlier <= later) return { rule, status: "pass", findings: [] };
  const notice: Record<string, string> = context.noticeDate ? { noticeDate: formatDate(context.noticeDate) } : {};
  return {
    rule,
    status: "fail",
    findings: [
      {
        rule: rule.id,
        kind: rule.kind,
        severity: rule.severity,
        fields: rule.fields.filter((id) => isStated(record, id)),
        message: fillTemplate(rule.message, record, notice),
        suggestion: "",
      },
    ],
  };
}

function numberingResult(rule: NumberingRule, context: CheckContext): RuleResult {
  if (!context.documents) return { rule, status: "na", findings: [] };
  const conflicts = numberingConflicts(context.documents).filter((c) => c.check === rule.check);
  const findings: Finding[] = conflicts.map(({ first, second }) => ({
    rule: rule.id,
    kind: rule.kind,
    severity: rule.severity,
    fields: [],
    message: fillTemplate(rule.message, emptyRecord(), {
      document: documentReference(first),
      firstDate: formatDate(first.date ?? ""),
      secondDate: formatDate(second.date ?? ""),
      lower: documentReference(first),
      lowerDate: formatDate(first.date ?? ""),
      higher: documentReference(second),
      higherDate: formatDate(second.date ?? ""),
    }),
    suggestion: "",
  }));
  return { rule, status: findings.length > 0 ? "fail" : "pass", findings };
}

/** Every rule of the catalogue on one record, in catalogue order. */
export function runRules(record: CommuneRecord, context: CheckContext = {}): RuleResult[] {
  const statuses = new Map<string, RuleStatus>();
  for (const rule of RULES) if (isArithmetic(rule)) statuses.set(rule.id, ruleStatus(rule, record));
  const located = localisations(record, statuses);
  return RULES.map((rule): RuleResult => {
    switch (rule.kind) {
      case "exceeds":
      case "balance":
      case "stated-percent": {
        const status = statuses.get(rule.id) ?? "na";
        const subsumed = rule.subsumedBy.some((id) => statuses.get(id) === "fail");
        const findings =
          status === "fail" && !subsumed ? [guarded(arithmeticFinding(rule, record, located.get(rule.id)), context.uncertain ?? [])] : [];
        return { rule, status, findings };
      }
      case "missing": {
        const { status, absent } = missingStatus(rule, record);
        const findings: Finding[] =
          status === "fail"
            ? [
                {
                  rule: rule.id,
                  kind: rule.kind,
                  severity: rule.severity,
                  fields: rule.fields,
                  message: fillTemplate(rule.message, record, { missing: listInVietnamese(absent.map(nounOf)) }),
                  suggestion: "",
                  values: statedValues(record, rule.fields),
                },
              ]
            : [];
        return { rule, status, findings };
      }
      case "date":
        return dateResult(rule, record, context);
      case "numbering":
        return numberingResult(rule, context);
    }
  });
}

/** The findings of a record, in catalogue order. */
export function findingsOf(results: readonly RuleResult[]): Finding[] {
  return results.flatMap((result) => result.findings);
}
