// Reads report files through the project's readers, compiled for Node as the CLI runs them, and prints each one's
// ReadResult as JSON, keyed by path. Jest cannot load pdf.js (an ES module) in its sandbox, so the OCR fixture test
// reads the clean sources in this child process. Arguments: the compiled readReport.js, then the files.
const { readFileSync } = require("node:fs");
const { basename } = require("node:path");

const [readersModule, ...paths] = process.argv.slice(2);
const { readReport } = require(readersModule);

async function main() {
  const results = {};
  for (const path of paths) results[path] = await readReport(new Uint8Array(readFileSync(path)), basename(path));
  process.stdout.write(JSON.stringify(results));
}

main();
