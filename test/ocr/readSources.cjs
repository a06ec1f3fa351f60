// Reads report files through the project's readers as the CLI runs them (dist/node, compiled from src) and prints
// each one's ReadResult as JSON, keyed by path. Jest cannot load pdf.js (an ES module) in its sandbox, so the OCR
// fixture test reads the clean sources in this child process. Arguments: the files.
const { readFileSync } = require("node:fs");
const { basename } = require("node:path");
const { readReport } = require("../../dist/node/src/readers/readReport.js");

async function main() {
  const results = {};
  for (const path of process.argv.slice(2)) results[path] = await readReport(new Uint8Array(readFileSync(path)), basename(path));
  process.stdout.write(JSON.stringify(results));
}

main();
