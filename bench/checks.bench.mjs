// Checks on many records: how many records per second the full rule catalogue (with error
// localisation) handles, for consistent records, records with one slip, and records with many.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { checkRecord } = require("../dist/node/src/domain/checks/checkExtraction.js");
const { emptyRecord } = require("../dist/node/src/domain/record/fields.js");

// A small deterministic generator, so runs compare.
let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const int = (max) => Math.floor(random() * (max + 1));

function consistent() {
  const online = int(3000);
  const direct = int(3000);
  const received = online + direct;
  const pending = int(received);
  const resolved = received - pending;
  const late = int(resolved);
  const quota = int(80);
  const units = int(20);
  const total = 92;
  const done = int(total);
  return {
    ...emptyRecord(),
    received,
    receivedOnline: online,
    receivedDirect: direct,
    resolved,
    resolvedOnTime: resolved - late,
    resolvedLate: late,
    pending,
    pendingOverdue: int(pending),
    onlineShareStated: received ? Number(((100 * online) / received).toFixed(1)) : null,
    onTimeRateStated: resolved ? Number(((100 * (resolved - late)) / resolved).toFixed(2)) : null,
    civilServantQuota: quota,
    civilServantPresent: int(quota),
    publicServiceUnits: units,
    autonomousUnits: int(units),
    nq57Total: total,
    nq57Completed: done,
    nq57IncompleteListed: total - done,
  };
}

const COUNTS = [
  "received",
  "receivedOnline",
  "receivedDirect",
  "resolved",
  "resolvedOnTime",
  "resolvedLate",
  "pending",
  "autonomousUnits",
  "nq57Completed",
];
function withSlips(record, slips) {
  const changed = { ...record };
  for (let i = 0; i < slips; i += 1) {
    const id = COUNTS[int(COUNTS.length - 1)];
    changed[id] = Math.max(0, changed[id] + 1 + int(40));
  }
  return changed;
}

function measure(label, records) {
  for (const r of records.slice(0, 200)) checkRecord(r); // warm-up
  const start = process.hrtime.bigint();
  let findings = 0;
  for (const r of records) findings += checkRecord(r).length;
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(
    `${label.padEnd(34)} ${String(records.length).padStart(6)} records  ${ms.toFixed(0).padStart(6)} ms  ${((records.length / ms) * 1000).toFixed(0).padStart(7)} records/s  ${((ms * 1000) / records.length).toFixed(1).padStart(7)} µs/record  ${findings} findings`,
  );
}

const N = 5000;
measure("consistent", Array.from({ length: N }, consistent));
measure(
  "one slip",
  Array.from({ length: N }, () => withSlips(consistent(), 1)),
);
measure(
  "three slips (pairs searched)",
  Array.from({ length: N }, () => withSlips(consistent(), 3)),
);
