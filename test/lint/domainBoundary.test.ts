/**
 * The lint rule that keeps src/domain pure fires on a file placed there: a forbidden import or global fails lint,
 * a domain-internal import passes.
 */
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";

interface LintMessage {
  readonly ruleId: string | null;
  readonly message: string;
}

interface Probe {
  readonly label: string;
  readonly code: string;
  readonly filePath: string;
}

const LINT_TEXT = resolve(__dirname, "lintText.mjs");
const PROBE_PATH = "src/domain/record/probe.ts";

const importing = (source: string, filePath = PROBE_PATH): Probe => ({
  label: `${filePath} imports ${source}`,
  code: `import { x } from "${source}";\nexport const y = x;\n`,
  filePath,
});
const using = (expression: string): Probe => ({
  label: `${PROBE_PATH} uses ${expression}`,
  code: `export const y = ${expression};\n`,
  filePath: PROBE_PATH,
});

const DOMAIN_IMPORTS = ["./fields", "../checks/rules"];
const SHELL_IMPORTS = [
  "../../excel/x",
  "../excel",
  "../../taskpane/import/fieldInput",
  "../../commands/x",
  "../../cli/x",
  "../../readers/readReport",
  "../../xlsx/writeWorkbook",
];
const LIBRARY_IMPORTS = [
  "node:fs",
  "fs",
  "path",
  "react",
  "preact/compat",
  "@fluentui/react-components",
  "exceljs",
  "mammoth",
  "pdfjs-dist",
];
const GLOBALS = ["Office.context", "Excel.run", "document.body", "window.location", "fetch", "process.env", "Buffer.from"];
const TEST_FILE = "src/domain/record/probe.test.ts";

const probes: Probe[] = [
  ...[...DOMAIN_IMPORTS, ...SHELL_IMPORTS, ...LIBRARY_IMPORTS].map((source) => importing(source)),
  ...GLOBALS.map(using),
  importing("node:fs", TEST_FILE),
];

/** Rules fired on each probe, by label. */
const fired = new Map<string, (string | null)[]>();

beforeAll(() => {
  const output = execFileSync(process.execPath, [LINT_TEXT], { input: JSON.stringify(probes), encoding: "utf8" });
  const messages = JSON.parse(output) as LintMessage[][];
  probes.forEach((probe, i) =>
    fired.set(
      probe.label,
      (messages[i] ?? []).map((m) => m.ruleId),
    ),
  );
}, 120_000);

describe("src/domain boundary", () => {
  it.each(DOMAIN_IMPORTS)("passes a domain file that imports %s", (source) => {
    expect(fired.get(importing(source).label)).toEqual([]);
  });

  it.each([...SHELL_IMPORTS, ...LIBRARY_IMPORTS])("fails a domain file that imports %s", (source) => {
    expect(fired.get(importing(source).label)).toEqual(["no-restricted-imports"]);
  });

  it.each(GLOBALS)("fails a domain file that uses %s", (expression) => {
    expect(fired.get(using(expression).label)).toEqual(["no-restricted-globals"]);
  });

  it("leaves the domain's own tests free to read fixtures", () => {
    expect(fired.get(importing("node:fs", TEST_FILE).label)).toEqual([]);
  });
});
