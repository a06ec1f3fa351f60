/**
 * The rule catalogue: every check is a record (id, kind, severity, the fields it concerns, a
 * Vietnamese message template), declared here apart from the code that runs it (run.ts), in the
 * manner of the R package `validate`. Arithmetic rules are comparisons between expressions over
 * the record, so the same declaration is evaluated in TypeScript and written as an Excel formula.
 */
import { type Expr, constant, field, fieldsOf, product, quotient, sum } from "../expr/expr";
import { type FieldId, fieldDefinition } from "../record/fields";
import { RATIOS, type Ratio, type RatioId } from "../ratios/catalogue";
import type { FindingKind, Severity } from "./finding";
import { capitalise, nounOf } from "./wording";

export type Relation = "=" | "<=";

/** `left relation right`, e.g. receivedOnline + receivedDirect = received. */
export interface Comparison {
  readonly left: Expr;
  readonly relation: Relation;
  readonly right: Expr;
}

interface RuleBase {
  readonly id: string;
  readonly kind: FindingKind;
  readonly severity: Severity;
  /** The fields a finding names, in order (balance: whole then parts; exceeds: part then whole). */
  readonly fields: readonly FieldId[];
  /** Message template, filled by wording.ts `fillTemplate`. */
  readonly message: string;
}

/** A rule over figures: it passes when at least one of its readings holds. */
export interface ArithmeticRule extends RuleBase {
  readonly kind: "exceeds" | "balance" | "stated-percent";
  /** Alternative readings of the report (with and without carried-over dossiers); one must hold. */
  readonly readings: readonly Comparison[];
  /** Fields taken as 0 when not stated; every other field a reading uses must be stated, else the rule is "na". */
  readonly optional: readonly FieldId[];
  /** Stated percentages whose precision widens an equality (their tolerances add up). */
  readonly tolerance: readonly FieldId[];
  /** The ratio the rule is about: a stated-percent rule compares with it; an exceeds rule quotes it. */
  readonly ratio?: RatioId;
  /** Rules that already report the same slip: when one of them fails, this rule adds no finding. */
  readonly subsumedBy: readonly string[];
  /**
   * Rules that check the same thing more exactly: when all of them are available this rule is
   * "na" (stated shares need not add up to 100% when each is checked against its counts, which
   * also settle whether carried-over dossiers are inside "received").
   */
  readonly redundantWhen?: readonly ArithmeticRule[];
  /** For stated-percent rules: the message when the stated value is the true one cut instead of rounded. */
  readonly truncatedMessage?: string;
}

/** Information is partial: `stated` is given but some of `needs` is not, so a check cannot be made. */
export interface MissingRule extends RuleBase {
  readonly kind: "missing";
  readonly stated: FieldId;
  readonly needs: readonly FieldId[];
}

/** The notice's own date, when the report gives it, for the date rules. */
export type DateReference = FieldId | "noticeDate";

/** `earlier` must not come after `later`. */
export interface DateRule extends RuleBase {
  readonly kind: "date";
  readonly earlier: DateReference;
  readonly later: DateReference;
}

/** Checks on the documents a report cites (numbering.ts). */
export interface NumberingRule extends RuleBase {
  readonly kind: "numbering";
  /** reuse: one number, two dates; order: a higher number dated before a lower one. */
  readonly check: "reuse" | "order";
}

export type Rule = ArithmeticRule | MissingRule | DateRule | NumberingRule;

export function isArithmetic(rule: Rule): rule is ArithmeticRule {
  return rule.kind === "exceeds" || rule.kind === "balance" || rule.kind === "stated-percent";
}

/** Every field an arithmetic rule reads. */
export function fieldsOfRule(rule: ArithmeticRule): FieldId[] {
  const all = rule.readings.flatMap((r) => [...fieldsOf(r.left), ...fieldsOf(r.right)]);
  return [...new Set(all)];
}

/** Rules over counts only (balances and part-of-whole): those whose broken figure can be located. */
export function isCountRule(rule: Rule): rule is ArithmeticRule {
  return (rule.kind === "balance" || rule.kind === "exceeds") && fieldsOfRule(rule).every((id) => fieldDefinition(id).kind === "count");
}

const f = field;
const CARRIED: FieldId = "carriedOver";
const CARRIED_CLAUSE = "[carriedOver: , dù tính hay không tính {carriedOver} hồ sơ kỳ trước chuyển qua]";

function balance(
  id: string,
  whole: FieldId,
  parts: readonly FieldId[],
  options: { eitherWayParts?: readonly FieldId[]; carried?: "parts" | "whole"; message: string },
): ArithmeticRule {
  const eitherWay = options.eitherWayParts ?? [];
  // Reports disagree on whether dossiers withdrawn are counted among those resolved: either reading may hold.
  const partSums = [sum(...[...parts, ...eitherWay].map(f)), ...(eitherWay.length > 0 ? [sum(...parts.map(f))] : [])];
  // They also disagree on whether "received" includes dossiers carried over.
  const readingsOf = (partsSum: Expr): Comparison[] => [
    { left: partsSum, relation: "=", right: f(whole) },
    ...(options.carried === "parts" ? [{ left: sum(partsSum, f(CARRIED)), relation: "=" as const, right: f(whole) }] : []),
    ...(options.carried === "whole" ? [{ left: partsSum, relation: "=" as const, right: sum(f(whole), f(CARRIED)) }] : []),
  ];
  const carriedFields = options.carried ? [CARRIED] : [];
  return {
    id,
    kind: "balance",
    severity: "lỗi",
    fields: options.carried === "whole" ? [whole, CARRIED, ...parts, ...eitherWay] : [whole, ...parts, ...eitherWay, ...carriedFields],
    readings: partSums.flatMap(readingsOf),
    optional: [...eitherWay, ...carriedFields],
    tolerance: [],
    subsumedBy: [],
    message: options.message,
  };
}

function ratioFor(part: FieldId, whole: FieldId): Ratio | undefined {
  return RATIOS.find(
    (r) => r.numerator.op === "field" && r.numerator.id === part && r.denominator.op === "field" && r.denominator.id === whole,
  );
}

function exceeds(part: FieldId, whole: FieldId, options: { carried?: boolean } = {}): ArithmeticRule {
  const ratio = ratioFor(part, whole);
  return {
    id: `exceeds-${part}`,
    kind: "exceeds",
    severity: "lỗi",
    fields: options.carried ? [part, whole, CARRIED] : [part, whole],
    readings: [{ left: f(part), relation: "<=", right: options.carried ? sum(f(whole), f(CARRIED)) : f(whole) }],
    optional: options.carried ? [CARRIED] : [],
    tolerance: [],
    ...(ratio ? { ratio: ratio.id } : {}),
    subsumedBy: [],
    message:
      `${capitalise(nounOf(part))} ({${part}}) lớn hơn ${nounOf(whole)} ({${whole}})` +
      (options.carried ? "[carriedOver:  cộng {carriedOver} hồ sơ kỳ trước chuyển qua]" : "") +
      (ratio ? "{rate}" : "") +
      ".",
  };
}

const EXCEEDS_RULES: readonly ArithmeticRule[] = [
  exceeds("receivedOnline", "received"),
  exceeds("receivedDirect", "received"),
  exceeds("resolvedOnTime", "resolved"),
  exceeds("resolvedLate", "resolved"),
  exceeds("resolved", "received", { carried: true }),
  exceeds("pending", "received", { carried: true }),
  exceeds("pendingOverdue", "pending"),
  exceeds("civilServantPresent", "civilServantQuota"),
  exceeds("publicEmployeePresent", "publicEmployeeQuota"),
  exceeds("autonomousUnits", "publicServiceUnits"),
  exceeds("nq57Completed", "nq57Total"),
  exceeds("vneidActivated", "vneidTotal"),
  exceeds("orgEidIssued", "orgEidTotal"),
];

const BALANCE_RULES: readonly ArithmeticRule[] = [
  balance("balance-intake", "received", ["receivedOnline", "receivedDirect"], {
    carried: "parts",
    message:
      "Số hồ sơ tiếp nhận trực tuyến ({receivedOnline}) và trực tiếp, qua dịch vụ bưu chính công ích ({receivedDirect}) cộng lại là {left}, không bằng tổng số hồ sơ tiếp nhận ({received})" +
      CARRIED_CLAUSE +
      ".",
  }),
  balance("balance-resolution", "resolved", ["resolvedOnTime", "resolvedLate"], {
    message:
      "Số hồ sơ giải quyết trước hạn, đúng hạn ({resolvedOnTime}) và quá hạn ({resolvedLate}) cộng lại là {left}, không bằng số hồ sơ đã giải quyết ({resolved}).",
  }),
  balance("balance-processing", "received", ["resolved", "pending"], {
    eitherWayParts: ["withdrawn"],
    carried: "whole",
    message:
      "Tổng số hồ sơ đã giải quyết ({resolved}) và đang giải quyết ({pending})[withdrawn: , cộng {withdrawn} hồ sơ xin rút,] là {left}, không bằng số hồ sơ tiếp nhận ({received})" +
      CARRIED_CLAUSE +
      "[withdrawn: ; không cộng số hồ sơ xin rút cũng không khớp].",
  }),
  balance("balance-nq57", "nq57Total", ["nq57Completed", "nq57IncompleteListed"], {
    message:
      "Số chỉ tiêu Nghị quyết số 57-NQ/TW đã hoàn thành ({nq57Completed}) và số chỉ tiêu được nêu là chưa hoàn thành ({nq57IncompleteListed}) cộng lại là {left}, không bằng tổng số chỉ tiêu ({nq57Total}).",
  }),
];

const STATED_RATIOS = RATIOS.filter((r): r is Ratio & { stated: FieldId } => r.stated !== undefined);

export const statedPercentRuleId = (ratio: RatioId): string => `stated-percent-${ratio}`;

const STATED_PERCENT_RULES: readonly ArithmeticRule[] = STATED_RATIOS.map((ratio) => ({
  id: statedPercentRuleId(ratio.id),
  kind: "stated-percent",
  severity: "lỗi",
  fields: [ratio.stated],
  readings: [{ left: product(quotient(ratio.numerator, ratio.denominator), constant(100)), relation: "=", right: f(ratio.stated) }],
  optional: [],
  tolerance: [ratio.stated],
  ratio: ratio.id,
  subsumedBy: [],
  message: `${ratio.label} nêu trong báo cáo là {${ratio.stated}}, nhưng {numerator}/{denominator} ${ratio.unit} là {computed}.`,
  truncatedMessage:
    `${ratio.label} nêu trong báo cáo là {${ratio.stated}}, trong khi {numerator}/{denominator} ${ratio.unit} là {exact}: ` +
    "số liệu đã bị cắt bớt chữ số thập phân thay vì làm tròn (làm tròn đúng là {computed}).",
}));

/** A stated rate above 100% needs no counts to be wrong; when the counts exceed too, that finding says it. */
const STATED_OVER_100_RULES: readonly ArithmeticRule[] = STATED_RATIOS.map((ratio) => ({
  id: `exceeds-${ratio.stated}`,
  kind: "exceeds",
  severity: "lỗi",
  fields: [ratio.stated],
  readings: [{ left: f(ratio.stated), relation: "<=", right: constant(100) }],
  optional: [],
  tolerance: [],
  ratio: ratio.id,
  subsumedBy: EXCEEDS_RULES.filter((r) => r.ratio === ratio.id).map((r) => r.id),
  message: `${capitalise(nounOf(ratio.stated))} nêu trong báo cáo là {${ratio.stated}}, vượt 100%.`,
}));

/** Shares of one whole, stated as percentages, must add up to 100% within their stated precision. */
function statedSum(id: string, first: RatioId, second: RatioId): ArithmeticRule {
  const [a, b] = [first, second].map((rid) => STATED_RATIOS.find((r) => r.id === rid)?.stated) as [FieldId, FieldId];
  return {
    id,
    kind: "stated-percent",
    severity: "lỗi",
    fields: [a, b],
    readings: [{ left: sum(f(a), f(b)), relation: "=", right: constant(100) }],
    optional: [],
    tolerance: [a, b],
    subsumedBy: [statedPercentRuleId(first), statedPercentRuleId(second)],
    redundantWhen: STATED_PERCENT_RULES.filter((r) => r.id === statedPercentRuleId(first) || r.id === statedPercentRuleId(second)),
    message: `${capitalise(nounOf(a))} ({${a}}) và ${nounOf(b)} ({${b}}) nêu trong báo cáo cộng lại là {left}, không bằng 100%.`,
  };
}

const STATED_SUM_RULES: readonly ArithmeticRule[] = [
  statedSum("stated-sum-intake", "onlineShare", "directShare"),
  statedSum("stated-sum-resolution", "onTimeRate", "lateRate"),
];

/** Partial information worth asking for: a stated percentage without its counts, a part without its whole. */
function missing(stated: FieldId, needs: readonly FieldId[], consequence: string): MissingRule {
  return {
    id: `missing-${stated}`,
    kind: "missing",
    severity: "thông tin",
    stated,
    needs,
    fields: [stated],
    message: `Báo cáo nêu ${nounOf(stated)} ({${stated}}) nhưng không nêu {missing}, ${consequence}.`,
  };
}

const MISSING_RULES: readonly MissingRule[] = [
  ...STATED_RATIOS.map((ratio) =>
    missing(ratio.stated, [...fieldsOf(ratio.numerator), ...fieldsOf(ratio.denominator)], "nên chưa kiểm tra được tỷ lệ này"),
  ),
  ...EXCEEDS_RULES.map((rule) => missing(rule.fields[0] as FieldId, [rule.fields[1] as FieldId], "nên chưa đối chiếu được")),
];

const DATE_RULES: readonly DateRule[] = [
  {
    id: "date-period-order",
    kind: "date",
    severity: "lỗi",
    earlier: "periodStart",
    later: "periodEnd",
    fields: ["periodStart", "periodEnd"],
    message: "Kỳ báo cáo bắt đầu ngày {periodStart}, sau ngày kết thúc {periodEnd}.",
  },
  {
    id: "date-period-after-notice",
    kind: "date",
    severity: "lỗi",
    earlier: "periodEnd",
    later: "noticeDate",
    fields: ["periodEnd"],
    message: "Kỳ báo cáo kết thúc ngày {periodEnd}, sau ngày ban hành thông báo ({noticeDate}).",
  },
  {
    id: "date-deadline-before-notice",
    kind: "date",
    severity: "lỗi",
    earlier: "noticeDate",
    later: "remediationDeadline",
    fields: ["remediationDeadline"],
    message: "Hạn báo cáo kết quả khắc phục ({remediationDeadline}) trước ngày ban hành thông báo ({noticeDate}).",
  },
];

const NUMBERING_RULES: readonly NumberingRule[] = [
  {
    id: "numbering-reuse",
    kind: "numbering",
    severity: "cảnh báo",
    check: "reuse",
    fields: [],
    message:
      "Văn bản số {document} được dẫn với hai ngày ban hành khác nhau ({firstDate} và {secondDate}); đề nghị kiểm tra lại số hoặc ngày của văn bản.",
  },
  {
    id: "numbering-order",
    kind: "numbering",
    severity: "cảnh báo",
    check: "order",
    fields: [],
    message:
      "Văn bản số {higher} ngày {higherDate} có số lớn hơn nhưng ban hành trước văn bản số {lower} ngày {lowerDate} cùng loại, cùng cơ quan ban hành; đề nghị kiểm tra lại số hoặc ngày của một trong hai văn bản.",
  },
];

export const ARITHMETIC_RULES: readonly ArithmeticRule[] = [
  ...BALANCE_RULES,
  ...EXCEEDS_RULES,
  ...STATED_OVER_100_RULES,
  ...STATED_PERCENT_RULES,
  ...STATED_SUM_RULES,
];

export const RULES: readonly Rule[] = [...ARITHMETIC_RULES, ...MISSING_RULES, ...DATE_RULES, ...NUMBERING_RULES];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
