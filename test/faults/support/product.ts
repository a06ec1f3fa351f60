/**
 * The CLI run in a child Node process, as users run it, on the current sources: each test file
 * transpiles src/ to its own temporary tree (no type check, a few seconds), so it neither waits for
 * nor races with the build of dist/ by other suites. A child process is needed for what jest cannot
 * give: pdfjs (an ES module), a heap limit, and the peak memory (maxRSS) of one run.
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";

const ROOT = resolve(__dirname, "../../..");

function sources(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((item) => {
    const path = join(directory, item.name);
    if (item.isDirectory()) return sources(path);
    return /\.tsx?$/.test(item.name) && !/\.(test|d)\.tsx?$/.test(item.name) ? [path] : [];
  });
}

const LINKS = ["data", "node_modules", "package.json"];

export interface TranspiledCli {
  /** The path of the CLI's main module. */
  readonly main: string;
  /** Removes the temporary tree (its links first, so nothing of the repository is touched). */
  readonly remove: () => void;
}

/** Transpiles src/ to CommonJS in a fresh temporary directory. */
export function transpiledCli(): TranspiledCli {
  const out = mkdtempSync(join(tmpdir(), "cchc-product-"));
  for (const file of sources(join(ROOT, "src"))) {
    const { outputText } = ts.transpileModule(readFileSync(file, "utf8"), {
      fileName: file,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, jsx: ts.JsxEmit.ReactJSX },
    });
    const target = join(out, relative(ROOT, file)).replace(/\.tsx?$/, ".js");
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, outputText);
  }
  // The modules find their data and packages where they would in the repository.
  for (const link of LINKS) symlinkSync(join(ROOT, link), join(out, link));
  return {
    main: join(out, "src/cli/main.js"),
    remove: () => {
      for (const link of LINKS) unlinkSync(join(out, link));
      rmSync(out, { recursive: true });
    },
  };
}

export interface ChildRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** Peak resident memory of the child, in megabytes. */
  readonly peakMegabytes: number;
}

/** `cchc ARGS` in a child Node whose heap is capped at `heapMegabytes`. */
export function runCli(main: string, args: readonly string[], heapMegabytes: number): Promise<ChildRun> {
  const script =
    `require(${JSON.stringify(main)}).main(process.argv.slice(1)).then((code) => {` +
    "process.stderr.write(`\\n#peak ${process.resourceUsage().maxRSS}\\n`); process.exitCode = code; });";
  return new Promise((done) => {
    execFile(
      process.execPath,
      [`--max-old-space-size=${heapMegabytes}`, "-e", script, ...args],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const peak = /#peak (\d+)/.exec(stderr);
        done({
          code: error ? Number(error.code ?? 1) : 0,
          stdout,
          stderr: stderr.replace(/\n#peak \d+\n/, ""),
          peakMegabytes: peak ? Number(peak[1]) / 1024 : Number.NaN,
        });
      },
    );
  });
}
