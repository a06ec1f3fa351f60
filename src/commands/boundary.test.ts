import { execFileSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(__dirname, "../..");

/** Lints `source` as if it were a file of src/commands; returns the rule ids that fired. */
function lintAsCommand(source: string): string[] {
  let output: string;
  try {
    output = execFileSync(
      process.execPath,
      [path.join(root, "node_modules/eslint/bin/eslint.js"), "--stdin", "--stdin-filename", "src/commands/probe.ts", "--format", "json"],
      {
        cwd: root,
        input: source,
        encoding: "utf8",
      },
    );
  } catch (error) {
    // ESLint exits with 1 when it finds problems; the report is still on stdout.
    output = (error as { stdout: string }).stdout;
  }
  const [result] = JSON.parse(output) as { messages: { ruleId: string | null }[] }[];
  return (result?.messages ?? []).map((m) => m.ruleId ?? "");
}

describe("the boundary between the ribbon's commands and the pane", () => {
  it("fails lint when a command imports the pane's code, at any depth", () => {
    expect(lintAsCommand('import { App } from "../taskpane/App";\nexport const app = App;\n')).toContain("no-restricted-imports");
    expect(lintAsCommand('import { countOf } from "../taskpane/wording";\nexport const n = countOf;\n')).toContain("no-restricted-imports");
  });

  it("lets a command import the shared presentation helpers", () => {
    expect(lintAsCommand('import { errorMessage } from "../presentation/errorMessage";\nexport const e = errorMessage;\n')).toEqual([]);
  });
});
