/** Records for workbook tests: the samples' expected figures plus generated ones with gaps, zeros and slips. */
import { type CommuneRecord, FIELDS, emptyRecord } from "../../src/domain/record/fields";
import { SAMPLE_NAMES, loadSample } from "../support/reportSamples";

export { SAMPLES_DIR as SAMPLES } from "../support/reportSamples";

export function sampleRecords(): CommuneRecord[] {
  return SAMPLE_NAMES.map((name) => ({ ...emptyRecord(), ...loadSample(name).expected }));
}

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` records: each figure missing (20%), zero (10%) or a number; some consistent, some not. */
export function generatedRecords(count: number, seed = 57): CommuneRecord[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, i) => {
    const record = emptyRecord();
    record.commune = `Xã thử nghiệm ${i + 1}`;
    record.periodStart = "2025-07-01";
    record.periodEnd = `2025-${String(8 + (i % 4)).padStart(2, "0")}-${String(10 + (i % 18)).padStart(2, "0")}`;
    for (const field of FIELDS) {
      if (field.kind === "text" || field.kind === "date") continue;
      const draw = next();
      if (draw < 0.2) continue;
      if (draw < 0.3) record[field.id] = 0;
      else record[field.id] = field.kind === "count" ? Math.floor(next() * 3000) : Math.round(next() * 12000) / 100;
    }
    if (i % 3 === 0) {
      // Consistent figures, so rules pass as well as fail.
      const online = Math.floor(next() * 900);
      const direct = Math.floor(next() * 300);
      record.receivedOnline = online;
      record.receivedDirect = direct;
      record.received = online + direct;
      record.resolved = Math.floor((online + direct) * 0.9);
      record.pending = online + direct - record.resolved;
      record.carriedOver = null;
      record.withdrawn = null;
      record.onlineShareStated = Math.round((online / (online + direct || 1)) * 1000) / 10;
    }
    return record;
  });
}
