// Lints texts as if each were the file at its path, with the repository's ESLint config, and prints each one's
// messages as JSON. Jest cannot load the ESM config in its sandbox, so the lint tests run this in a child process,
// once for all their probes (loading ESLint is the slow part).
// Input on stdin: [{"code": "...", "filePath": "src/..."}, ...]; output: one array of messages per input.
import { ESLint } from "eslint";
import { readFileSync } from "node:fs";

const probes = JSON.parse(readFileSync(0, "utf8"));
const eslint = new ESLint({ cwd: new URL("../..", import.meta.url).pathname });
const results = [];
for (const { code, filePath } of probes) {
  const [result] = await eslint.lintText(code, { filePath, warnIgnored: true });
  results.push(result.messages.map(({ ruleId, message }) => ({ ruleId, message })));
}
process.stdout.write(JSON.stringify(results));
