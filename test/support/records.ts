/**
 * Random commune records for property tests: consistent ones (every rule holds), and noisy ones
 * (missing figures, zeros, text, slips) to compare the TypeScript and Excel renderings.
 */
import fc from "fast-check";
import { type CommuneRecord, type FieldId, FIELDS, emptyRecord } from "../../src/domain/record/fields";

/** A percentage as a report would state it: the true value rounded to 0–2 decimals. */
function rounded(part: number, whole: number, decimals: number): number {
  return Number(((100 * part) / whole).toFixed(decimals));
}

const statedOf = (part: number, whole: number) =>
  whole > 0
    ? fc.option(
        fc.integer({ min: 0, max: 2 }).map((d) => rounded(part, whole, d)),
        { nil: null },
      )
    : fc.constant(null);

/** A part of a whole, or nothing, or the whole alone: never a part without its whole. */
const partOfWhole = (max: number) =>
  fc.integer({ min: 0, max }).chain((whole) =>
    fc.oneof(
      fc.constant({ part: null as number | null, whole: null as number | null }),
      fc.constant({ part: null as number | null, whole: whole as number | null }),
      fc.integer({ min: 0, max: whole }).map((part) => ({ part: part as number | null, whole: whole as number | null })),
    ),
  );

const dossiers = fc
  .record({
    online: fc.integer({ min: 0, max: 3000 }),
    direct: fc.integer({ min: 0, max: 3000 }),
    carried: fc.option(fc.integer({ min: 0, max: 80 }), { nil: null }),
    carriedInsideReceived: fc.boolean(),
    withdrawnStated: fc.boolean(),
    splits: fc.tuple(
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.double({ min: 0, max: 1, noNaN: true }),
    ),
    overdueStated: fc.boolean(),
  })
  .chain(({ online, direct, carried, carriedInsideReceived, withdrawnStated, splits: [w, p, l, o], overdueStated }) => {
    const c = carried ?? 0;
    // Either reading of "received": carried-over dossiers inside it, or added to it.
    const received = carriedInsideReceived ? online + direct + c : online + direct;
    const toProcess = carriedInsideReceived ? received : received + c;
    const withdrawn = withdrawnStated ? Math.floor(w * toProcess * 0.1) : 0;
    const pending = Math.floor(p * (toProcess - withdrawn));
    const resolved = toProcess - withdrawn - pending;
    const late = Math.floor(l * resolved);
    const onTime = resolved - late;
    return fc
      .record({
        onlineShareStated: statedOf(online, received),
        directShareStated: statedOf(direct, received),
        onTimeRateStated: statedOf(onTime, resolved),
        lateRateStated: statedOf(late, resolved),
      })
      .map((stated) => ({
        received,
        receivedOnline: online,
        receivedDirect: direct,
        carriedOver: carried,
        resolved,
        resolvedOnTime: onTime,
        resolvedLate: late,
        pending,
        pendingOverdue: overdueStated ? Math.floor(o * pending) : null,
        withdrawn: withdrawnStated ? withdrawn : null,
        ...stated,
      }));
  });

const withRate = (part: number | null, whole: number | null) =>
  part !== null && whole !== null ? statedOf(part, whole) : fc.constant(null);

/** A record on which every rule holds. */
export const consistentRecord: fc.Arbitrary<CommuneRecord> = fc
  .record({
    dossiers: fc.option(dossiers, { nil: null, freq: 4 }),
    civil: partOfWhole(80),
    employees: partOfWhole(400),
    units: partOfWhole(20),
    vneid: partOfWhole(30000),
    orgEid: partOfWhole(60),
    nq57: fc.integer({ min: 0, max: 100 }).chain((total) =>
      fc.option(
        fc.integer({ min: 0, max: total }).map((done) => ({ total, done })),
        { nil: null },
      ),
    ),
    listed: fc.boolean(),
    period: fc.date({ min: new Date("2024-01-01"), max: new Date("2026-06-30"), noInvalidDate: true }),
  })
  .chain((r) =>
    fc.record({ vneidRate: withRate(r.vneid.part, r.vneid.whole), orgRate: withRate(r.orgEid.part, r.orgEid.whole) }).map((rates) => {
      const start = r.period.toISOString().slice(0, 10);
      const end = new Date(r.period.getTime() + 90 * 86400000).toISOString().slice(0, 10);
      const deadline = new Date(r.period.getTime() + 160 * 86400000).toISOString().slice(0, 10);
      return {
        ...emptyRecord(),
        commune: "Thử nghiệm",
        periodStart: start,
        periodEnd: end,
        remediationDeadline: deadline,
        ...(r.dossiers ?? {}),
        civilServantQuota: r.civil.whole,
        civilServantPresent: r.civil.part,
        publicEmployeeQuota: r.employees.whole,
        publicEmployeePresent: r.employees.part,
        publicServiceUnits: r.units.whole,
        autonomousUnits: r.units.part,
        vneidTotal: r.vneid.whole,
        vneidActivated: r.vneid.part,
        vneidRateStated: rates.vneidRate,
        orgEidTotal: r.orgEid.whole,
        orgEidIssued: r.orgEid.part,
        orgEidRateStated: rates.orgRate,
        nq57Total: r.nq57?.total ?? null,
        nq57Completed: r.nq57?.done ?? null,
        nq57IncompleteListed: r.nq57 && r.listed ? r.nq57.total - r.nq57.done : null,
      };
    }),
  );

const NUMERIC_FIELDS: readonly FieldId[] = FIELDS.filter((f) => f.kind === "count" || f.kind === "percent").map((f) => f.id);

/** How one figure of a noisy record differs from the consistent one it started from. */
const noise = fc.oneof(
  { weight: 6, arbitrary: fc.constant("keep" as const) },
  { weight: 1, arbitrary: fc.constant("missing" as const) },
  { weight: 1, arbitrary: fc.constant("zero" as const) },
  { weight: 1, arbitrary: fc.constant("text" as const) },
  { weight: 2, arbitrary: fc.integer({ min: -3, max: 3 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 40 }).map((n) => ({ decimals: n % 5, value: n * 3.7 })) },
);

/** Any record: consistent ones disturbed by missing figures, zeros, text, off-by-a-few counts and arbitrary percentages. */
export const noisyRecord: fc.Arbitrary<CommuneRecord> = fc
  .tuple(consistentRecord, fc.array(noise, { minLength: NUMERIC_FIELDS.length, maxLength: NUMERIC_FIELDS.length }))
  .map(([record, changes]) => {
    const noisy: CommuneRecord = { ...record };
    NUMERIC_FIELDS.forEach((id, i) => {
      const change = changes[i] ?? "keep";
      const value = noisy[id];
      if (change === "missing") noisy[id] = null;
      else if (change === "zero") noisy[id] = 0;
      else if (change === "text") noisy[id] = "không rõ";
      else if (typeof change === "number") noisy[id] = typeof value === "number" ? Math.max(0, value + change) : change;
      else if (typeof change === "object") noisy[id] = Number(change.value.toFixed(change.decimals));
    });
    return noisy;
  });
