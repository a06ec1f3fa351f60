// Drafting speed: every commune of the province drafted at once (the "Dự thảo" sheet, or `cchc draft`
// over a folder), from varied records with findings, as the task pane does after "Tính lại".
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const { draftNotice } = require("../dist/node/src/domain/drafts/draftNotice.js");
const { asHtml, asPlainText } = require("../dist/node/src/domain/drafts/render.js");
const { checkRecord } = require("../dist/node/src/domain/checks/checkExtraction.js");
const { emptyRecord } = require("../dist/node/src/domain/record/fields.js");
const names = require("../data/don-vi-hanh-chinh/gia-lai.json").names;

let seed = 7;
const random = (max) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % (max + 1));
const records = names.map((name) => {
  const received = 200 + random(3000);
  const online = random(received);
  const resolved = random(received);
  const late = random(Math.floor(resolved / 10));
  const total = 5000 + random(30000);
  return {
    ...emptyRecord(),
    commune: name,
    received,
    receivedOnline: online,
    receivedDirect: received - online + random(3),
    resolved,
    resolvedOnTime: resolved - late,
    resolvedLate: late,
    pending: received - resolved + random(2),
    nq57Completed: 80 + random(12),
    nq57Total: 92,
    vneidActivated: random(total),
    vneidTotal: total,
    orgEidIssued: random(30),
    orgEidTotal: 20 + random(10),
    publicServiceUnits: random(12),
    autonomousUnits: random(12),
    remediationDeadline: random(1) ? "2026-01-15" : null,
  };
});
const findings = records.map((r) => checkRecord(r));

function run() {
  let chars = 0;
  for (let i = 0; i < records.length; i += 1) {
    const draft = draftNotice(records[i], findings[i], { ticked: ["an-toan-thong-tin"] });
    chars += asPlainText(draft).length + asHtml(draft).length;
  }
  return chars;
}

for (let i = 0; i < 20; i += 1) run(); // warm-up
const rounds = 200;
const start = process.hrtime.bigint();
let chars = 0;
for (let i = 0; i < rounds; i += 1) chars += run();
const ms = Number(process.hrtime.bigint() - start) / 1e6;
console.log(`draftNotice + asPlainText + asHtml: ${records.length} xã × ${rounds} lượt`);
console.log(
  `  ${(ms / rounds).toFixed(2)} ms cho cả tỉnh, ${((ms * 1000) / (rounds * records.length)).toFixed(1)} µs mỗi xã (${Math.round(chars / rounds / records.length)} ký tự mỗi xã)`,
);
