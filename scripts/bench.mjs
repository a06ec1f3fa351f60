// `npm run bench`: builds the engine, then runs every bench/*.bench.mjs in turn; each prints its own figures.
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
execFileSync(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.node.json"], {
  cwd: root,
  stdio: "inherit",
});
const benches = readdirSync(join(root, "bench"))
  .filter((name) => name.endsWith(".bench.mjs"))
  .sort();
for (const name of benches) {
  console.log(`\n== ${name}`);
  execFileSync(process.execPath, ["--expose-gc", "--require", join(root, "scripts/bench-memory.cjs"), join(root, "bench", name)], {
    cwd: root,
    stdio: "inherit",
  });
}
