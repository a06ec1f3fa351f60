import { mkdtempSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readReportFile } from "./readReportFile";

const work = mkdtempSync(join(tmpdir(), "cchc-read-"));

describe("readReportFile", () => {
  it("reads a text file from disk", async () => {
    const path = join(work, "bao-cao.txt");
    writeFileSync(path, "Đã tiếp nhận 12 hồ sơ.", "utf8");
    expect(await readReportFile(path)).toMatchObject({
      ok: true,
      format: "txt",
      document: { blocks: [{ kind: "text", text: "Đã tiếp nhận 12 hồ sơ." }] },
    });
  });

  it("refuses a missing file and a directory in Vietnamese", async () => {
    expect(await readReportFile(join(work, "khong-co.txt"))).toMatchObject({ ok: false, code: "missing" });
    expect(await readReportFile(work)).toMatchObject({ ok: false, code: "missing" });
  });

  it("refuses a file over the limit from its size (a sparse 50 MB file is never read)", async () => {
    const path = join(work, "lon.txt");
    writeFileSync(path, "");
    truncateSync(path, 50 * 1024 * 1024);
    const result = await readReportFile(path);
    expect(result).toMatchObject({ ok: false, code: "too-large" });
    if (!result.ok) expect(result.message).toContain("50,0 MB");
  });

});
