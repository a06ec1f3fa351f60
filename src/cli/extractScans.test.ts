/** The built CLI on a scanned PDF and on photos of pages: figures on stdout (clean JSON), progress on stderr. */
import { execFile, execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { promisify } from "node:util";

const ROOT = resolve(__dirname, "../..");
const SCANS = resolve(ROOT, "test/fixtures/scans");

beforeAll(() => {
  execFileSync(process.execPath, [resolve(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.node.json"], {
    cwd: ROOT,
    stdio: "pipe",
  });
}, 120_000);

it("reads a scan and two photos given together as two reports, printing only JSON on stdout", async () => {
  const files = ["xa-yen-minh-scan.pdf", "phuong-hac-thanh-trang-1.png", "phuong-hac-thanh-trang-2.png"].map((name) =>
    resolve(SCANS, name),
  );
  const { stdout, stderr } = await promisify(execFile)(process.execPath, [resolve(ROOT, "bin/cchc.js"), "extract", ...files, "--json"], {
    cwd: ROOT,
  });
  const output = JSON.parse(stdout) as { source: string; fields: Record<string, unknown>; provenance: Record<string, { text: string }> }[];
  expect(output.map((report) => report.source)).toEqual([files[0], `${files[1]}, ${files[2]}`]);
  expect(output[0]?.fields.commune).toMatch(/Minh$/);
  expect(output[1]?.fields.received).toEqual(expect.any(Number));
  expect(output[1]?.provenance.received?.text).toMatch(/hồ sơ/);
  const progress = stderr.split("\n").filter((line) => line.startsWith("Đang nhận dạng trang"));
  expect(progress).toEqual([
    `Đang nhận dạng trang 1/2: ${files[0]}`,
    `Đang nhận dạng trang 2/2: ${files[0]}`,
    `Đang nhận dạng trang 1/2: ${files[1]}, ${files[2]}`,
    `Đang nhận dạng trang 2/2: ${files[1]}, ${files[2]}`,
  ]);
}, 600_000);
