/** An inconsistency or gap found in a record, as staff read it and as the JSON output carries it. */
import type { FieldId } from "../record/fields";

export type FindingKind = "exceeds" | "balance" | "stated-percent" | "numbering" | "missing" | "date" | "disagreement";

/** lỗi: a figure is wrong; cảnh báo: probably a rounding or writing slip; thông tin: a gap. */
export type Severity = "lỗi" | "cảnh báo" | "thông tin";

export interface Finding {
  /** The rule that raised it. */
  readonly rule: string;
  readonly kind: FindingKind;
  readonly severity: Severity;
  /**
   * The fields concerned that the record states, in the rule's order: for a balance the whole
   * first then its parts, for exceeds the part then the whole, for a stated percent the
   * stated field. Which one is most likely wrong is said in `suggestion`.
   */
  readonly fields: readonly FieldId[];
  /** Official-style Vietnamese sentence with Vietnamese number format. */
  readonly message: string;
  /** What would make the figures consistent, or "" when nothing specific can be said. */
  readonly suggestion: string;
  /** The stated figures the rule compared, by field. */
  readonly values?: Readonly<Partial<Record<FieldId, number>>>;
  /**
   * For broken counts: every smallest set of fields whose change would make all count rules
   * hold (one set of one field: that figure is most likely the wrong one); empty when none of
   * up to two fields does.
   */
  readonly suspects?: readonly (readonly FieldId[])[];
}
