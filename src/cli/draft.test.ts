import path from "node:path";
import { DEFAULT_CATALOGUE } from "../domain/drafts/catalogue";
import type { CliIo } from "./command";
import { draftCommand as command } from "./draft";
import { SAMPLES_DIR as SAMPLES } from "../../test/support/reportSamples";

const sample = (name: string) => path.join(SAMPLES, `${name}.txt`);

function capture(): CliIo & { stdout: () => string; stderr: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return { out: (t) => out.push(t), err: (t) => err.push(t), stdout: () => out.join("\n"), stderr: () => err.join("\n") };
}

interface JsonDraft {
  source: string;
  error?: string;
  recommendations: { id: string; text: string; reason: string }[];
  sentences: { id: string; text: string }[];
}

describe("cchc draft", () => {
  it("prints one JSON object per file, recommendations in notice order", async () => {
    const io = capture();
    const files = [sample("xa-bo-ngoong"), sample("xa-al-ba")];
    expect(await command.run([...files, "--json"], io)).toBe(0);
    const drafts = JSON.parse(io.stdout()) as JsonDraft[];
    expect(drafts.map((d) => d.source)).toEqual(files);
    const order = DEFAULT_CATALOGUE.map((rule) => rule.id);
    for (const draft of drafts) {
      const ids = draft.recommendations.map((r) => r.id);
      expect(ids[0]).toBe("chi-dao-dieu-hanh");
      expect(ids.at(-1)).toBe("bao-cao-khac-phuc");
      expect([...ids].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(ids);
      expect(Object.keys(draft.recommendations[0] ?? {})).toEqual(["id", "text", "reason"]);
      expect(draft.sentences.length).toBeGreaterThan(0);
      expect(JSON.stringify(draft)).not.toMatch(/null|NaN|undefined/);
    }
    expect(drafts[0]?.recommendations.find((r) => r.id === "khac-phuc-tre-han")?.reason).toContain("52 hồ sơ");
  });

  it("prints readable Vietnamese with bullets, reasons, then the sentences", async () => {
    const io = capture();
    expect(await command.run([sample("xa-bo-ngoong")], io)).toBe(0);
    const text = io.stdout();
    expect(text).toContain("III. KIẾN NGHỊ\n- Tiếp tục tăng cường công tác chỉ đạo");
    expect(text).toContain("(Lý do: ");
    expect(text.indexOf("Câu số liệu cho phần I:")).toBeGreaterThan(text.indexOf("III. KIẾN NGHỊ"));
  });

  it("reports an unreadable file, still drafts the others and exits non-zero", async () => {
    const io = capture();
    const missing = path.join(SAMPLES, "khong-co.txt");
    expect(await command.run([missing, sample("xa-al-ba"), "--json"], io)).toBe(1);
    expect(io.stderr()).toContain(`Không tìm thấy tệp "${missing}".`);
    const drafts = JSON.parse(io.stdout()) as JsonDraft[];
    expect(drafts[0]).toMatchObject({ source: missing, recommendations: [], sentences: [] });
    expect(drafts[1]?.recommendations.length).toBeGreaterThan(3);
  });

  it("rejects a call without files or with an unknown flag", async () => {
    const io = capture();
    expect(await command.run([], io)).toBe(2);
    expect(await command.run(["--xml", sample("xa-al-ba")], io)).toBe(2);
    expect(io.stderr()).toContain("Chưa chỉ định tệp báo cáo.");
    expect(io.stderr()).toContain("Tùy chọn không hợp lệ: --xml.");
    expect(io.stdout()).toBe("");
  });
});
