/**
 * Runs the built CLI's `extract --json` on files (PDFs are read by pdf.js, an ES module that jest's
 * CommonJS runtime cannot load: the CLI reads every format the way staff run it).
 */
import { execFile, execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { promisify } from "node:util";

export const ROOT = resolve(__dirname, "../..");

export interface ExtractedJson {
  readonly source: string;
  readonly fields: Record<string, unknown>;
  readonly provenance: Record<string, { index: number; text: string; location?: string }>;
  readonly documents: readonly { type: string; number: string; issuer: string; date: string | null }[];
  readonly findings: readonly { kind: string; severity: string; fields: readonly string[]; message: string }[];
  readonly error?: string;
}

export function buildCli(): void {
  try {
    execFileSync(process.execPath, [resolve(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.node.json"], {
      cwd: ROOT,
      stdio: "pipe",
    });
  } catch {
    // Type errors elsewhere in the tree do not stop tsc from emitting the CLI.
  }
}

export async function extractJson(files: readonly string[]): Promise<ExtractedJson[]> {
  const run = promisify(execFile);
  const output = await run(process.execPath, [resolve(ROOT, "bin/cchc.js"), "extract", ...files, "--json"], {
    cwd: ROOT,
    maxBuffer: 1 << 26,
  }).then(
    ({ stdout }) => stdout,
    (error: { stdout: string }) => error.stdout,
  );
  return JSON.parse(output) as ExtractedJson[];
}
