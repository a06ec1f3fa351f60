import fc from "fast-check";
import { type CommuneRecord, type FieldId, emptyRecord, numberOf } from "../record/fields";
import { ruleStatus } from "./arithmetic";
import { localise } from "./localise";
import { RULES, fieldsOfRule, isCountRule } from "./rules";

const recordWith = (values: Partial<CommuneRecord>): CommuneRecord => ({ ...emptyRecord(), ...values });
const countRules = RULES.filter(isCountRule);

/** The count rules the record can be checked against, and the stated fields of those that fail. */
function problem(record: CommuneRecord) {
  const available = countRules.filter((rule) => ruleStatus(rule, record) !== "na");
  const failing = available.filter((rule) => ruleStatus(rule, record) === "fail");
  const candidates = [...new Set(failing.flatMap(fieldsOfRule))].filter((id) => numberOf(record, id) !== undefined);
  return { available, candidates };
}

function locate(record: CommuneRecord) {
  const { available, candidates } = problem(record);
  return localise(available, record, candidates);
}

const consistent = (record: CommuneRecord): boolean => countRules.every((rule) => ruleStatus(rule, record) !== "fail");

/** Whether some whole values 0..limit of the given fields make every count rule hold. */
function fixable(record: CommuneRecord, fields: readonly FieldId[], limit: number): boolean {
  const [first, ...rest] = fields;
  if (!first) return consistent(record);
  for (let value = 0; value <= limit; value += 1) if (fixable({ ...record, [first]: value }, rest, limit)) return true;
  return false;
}

describe("locating the wrong figure", () => {
  const dossiers = { received: 1222, receivedOnline: 577, receivedDirect: 645, resolved: 1086, resolvedOnTime: 1034, resolvedLate: 52 };

  it("names the only count that fixes everything, with its value", () => {
    const located = locate(recordWith({ ...dossiers, pending: 134 }));
    expect(located.sets).toEqual([["pending"]]);
    expect(located.ranges).toEqual([{ field: "pending", min: 136, max: 136 }]);
  });

  it("gives the bounds when either side of a part-of-whole may be wrong", () => {
    const located = locate(recordWith({ autonomousUnits: 11, publicServiceUnits: 10 }));
    expect(located.sets).toEqual([["autonomousUnits"], ["publicServiceUnits"]]);
    expect(located.ranges).toEqual([
      { field: "autonomousUnits", min: 0, max: 10 },
      { field: "publicServiceUnits", min: 11, max: undefined },
    ]);
  });

  it("gives one value per reading when carried-over dossiers may be inside received or not", () => {
    const located = locate(
      recordWith({ received: 100, receivedOnline: 60, receivedDirect: 40, carriedOver: 10, resolved: 90, pending: 5 }),
    );
    expect(located.ranges).toContainEqual({ field: "pending", min: 10, max: 10 });
    expect(located.ranges).toContainEqual({ field: "pending", min: 20, max: 20 });
  });

  it("falls back to pairs when no single figure explains the slips", () => {
    const record = recordWith({
      received: 100,
      receivedOnline: 60,
      receivedDirect: 40,
      resolved: 80,
      resolvedOnTime: 70,
      resolvedLate: 5,
      pending: 30,
    });
    const located = locate(record);
    expect(located.ranges).toEqual([]);
    expect(located.sets.map((set) => [...set].sort())).toEqual(
      expect.arrayContaining([
        ["pending", "resolved"],
        ["pending", "resolvedOnTime"],
        ["pending", "resolvedLate"],
      ]),
    );
    for (const set of located.sets) expect(fixable(record, set, 120)).toBe(true);
  });

  it("reports only sets that fix the record, and of the smallest size (brute force on small records)", () => {
    const small = fc.integer({ min: 0, max: 12 });
    const record = fc
      .record({
        received: small,
        receivedOnline: small,
        receivedDirect: small,
        resolved: small,
        resolvedOnTime: small,
        resolvedLate: small,
        pending: small,
        pendingOverdue: fc.option(small, { nil: null }),
      })
      .map(recordWith);
    fc.assert(
      fc.property(record, (r) => {
        const { candidates } = problem(r);
        const located = locate(r);
        for (const set of located.sets) expect(fixable(r, set, 40)).toBe(true);
        const size = located.sets[0]?.length ?? 3;
        for (const id of candidates) if (size > 1) expect(fixable(r, [id], 40)).toBe(false);
      }),
      { numRuns: 150 },
    );
  });
});
