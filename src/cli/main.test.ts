import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadSample } from "../../test/support/reportSamples";
import { main } from "./main";
import { captureIo } from "../../test/support/cliIo";

describe("cchc: options and file names", () => {
  const work = mkdtempSync(join(tmpdir(), "cchc-main-"));
  const cwd = process.cwd();
  beforeAll(() => process.chdir(work));
  afterAll(() => {
    process.chdir(cwd);
    rmSync(work, { recursive: true });
  });

  it("reads a file named like an option when it follows --", async () => {
    copyFileSync(loadSample("xa-al-ba").path, join(work, "-2+3.txt"));
    const io = captureIo();
    expect(await main(["extract", "--json", "--", "-2+3.txt"], io)).toBe(0);
    const [report] = JSON.parse(io.stdout.join("")) as { source: string; fields: Record<string, unknown> }[];
    expect(report).toMatchObject({ source: "-2+3.txt", fields: loadSample("xa-al-ba").expected });
    const refused = captureIo();
    expect(await main(["extract", "-2+3.txt"], refused)).toBe(2);
    expect(refused.stderr.join("")).toContain("Tùy chọn không hợp lệ: -2+3.txt.");
  });

  it("takes -h after -- as a file, not as a call for help", async () => {
    const io = captureIo();
    expect(await main(["draft", "--", "-h"], io)).toBe(1);
    expect(io.stderr).toEqual(['Không tìm thấy tệp "-h".']);
    expect(io.stdout).toEqual([]);
  });

  it("refuses -o given twice instead of writing one of the two", async () => {
    const io = captureIo();
    expect(await main(["workbook", loadSample("xa-al-ba").path, "-o", "a.xlsx", "--output", "b.xlsx"], io)).toBe(2);
    expect(io.stderr.join("")).toMatch(
      /^Tùy chọn "--output" được chỉ định nhiều lần; đề nghị chỉ ghi một lần\.\nCách dùng: npx cchc workbook/,
    );
  });

  it("documents --overwrite and -- in the help", async () => {
    const io = captureIo();
    expect(await main(["workbook", "--help"], io)).toBe(0);
    expect(io.stdout.join("")).toContain("--overwrite       Cho phép ghi đè tệp kết quả đã có");
    expect(io.stdout.join("")).toContain("--                Kết thúc tùy chọn");
  });
});
