import { emptyRecord, type CommuneRecord, type FieldId } from "../record/fields";
import { constant, difference, evaluate, field, fieldsOf, product, quotient, sum, toExcelArithmetic, toExcelFormula } from "./expr";

const COLUMN: Partial<Record<FieldId, string>> = {
  received: "D2",
  receivedOnline: "E2",
  pending: "K2",
  pendingOverdue: "L2",
  resolvedOnTime: "I2",
};
const ref = (id: FieldId): string => COLUMN[id] ?? `?${id}`;

function recordWith(values: Partial<CommuneRecord>): CommuneRecord {
  return { ...emptyRecord(), ...values };
}

describe("expressions over record fields", () => {
  const progress = quotient(sum(field("resolvedOnTime"), difference(field("pending"), field("pendingOverdue"))), field("received"));

  it("evaluates on a record", () => {
    expect(evaluate(progress, recordWith({ resolvedOnTime: 483, pending: 55, pendingOverdue: 1, received: 554 }))).toBeCloseTo(537 / 554);
    expect(evaluate(product(constant(2), field("received")), recordWith({ received: 3 }))).toBe(6);
  });

  it("is undefined, never NaN or Infinity, when a figure is missing or a divisor is zero", () => {
    expect(evaluate(progress, recordWith({ resolvedOnTime: 483, pending: 55, received: 554 }))).toBeUndefined();
    expect(evaluate(progress, recordWith({ resolvedOnTime: 0, pending: 0, pendingOverdue: 0, received: 0 }))).toBeUndefined();
    expect(evaluate(field("commune"), recordWith({ commune: "X" }))).toBeUndefined();
  });

  it("lists the fields it reads once each", () => {
    expect(fieldsOf(sum(field("received"), field("received"), field("pending")))).toEqual(["received", "pending"]);
  });

  it("writes Excel arithmetic with only the brackets precedence needs", () => {
    expect(toExcelArithmetic(progress, ref)).toBe("(I2+K2-L2)/D2");
    expect(toExcelArithmetic(difference(field("received"), difference(field("pending"), field("pendingOverdue"))), ref)).toBe("D2-(K2-L2)");
    expect(toExcelArithmetic(quotient(field("received"), product(field("pending"), field("pendingOverdue"))), ref)).toBe("D2/(K2*L2)");
  });

  it("guards the Excel formula exactly where evaluation is undefined", () => {
    expect(toExcelFormula(quotient(field("receivedOnline"), field("received")), ref)).toBe(
      'IF(AND(ISNUMBER(E2),ISNUMBER(D2),(D2)<>0),E2/D2,"")',
    );
  });
});
