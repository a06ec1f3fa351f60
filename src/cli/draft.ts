/** `cchc draft FILE... [--json]`: reads each report, extracts, checks and drafts its recommendations and figure sentences. */
import { type DraftResult, draftNotice } from "../domain/drafts/draftNotice";
import { analyseReport, reportSources } from "./analyseReport";
import { parseArguments } from "./arguments";
import type { CliCommand, CliIo } from "./command";

interface FileDraft {
  readonly source: string;
  readonly commune: string | null;
  readonly draft?: DraftResult;
  readonly error?: string;
}

const USAGE = [
  "Cách dùng: npx cchc draft TỆP... [--json]",
  "",
  "Dự thảo phần “III. KIẾN NGHỊ” (kèm lý do từng đoạn) và các câu số liệu của phần I cho mỗi báo cáo",
  "(.txt, .docx, .pdf; ảnh .jpg, .png đặt liền nhau là các trang của một báo cáo).",
  "",
  "  --json  Xuất một mảng JSON, mỗi tệp một phần tử: source, recommendations (id, text, reason),",
  "          sentences (id, text); tệp không đọc được có thêm trường error.",
].join("\n");

function asJson(results: readonly FileDraft[]): string {
  return JSON.stringify(
    results.map(({ source, draft, error }) => ({
      source,
      ...(error === undefined ? {} : { error }),
      recommendations: (draft?.recommendations ?? []).map(({ id, text, reason }) => ({ id, text, reason })),
      sentences: (draft?.sentences ?? []).map(({ id, text }) => ({ id, text })),
    })),
    null,
    2,
  );
}

function asText({ source, commune, draft }: FileDraft & { draft: DraftResult }): string {
  const lines = [`=== ${source}${commune ? ` (xã ${commune})` : ""} ===`, "", "III. KIẾN NGHỊ"];
  for (const paragraph of draft.recommendations) lines.push(`- ${paragraph.text}`, `  (Lý do: ${paragraph.reason})`);
  if (draft.sentences.length > 0) lines.push("", "Câu số liệu cho phần I:", ...draft.sentences.map((s) => `- ${s.text}`));
  if (draft.notes.length > 0) lines.push("", "Ghi chú:", ...draft.notes.map((n) => `- ${n}`));
  return `${lines.join("\n")}\n`;
}

async function draftFile(files: readonly string[], io: CliIo): Promise<FileDraft> {
  const report = await analyseReport(files, io);
  const { source } = report;
  if ("error" in report) return { source, commune: null, error: report.error };
  const { fields } = report.extraction;
  const commune = typeof fields.commune === "string" ? fields.commune : null;
  return { source, commune, draft: draftNotice(fields, report.findings) };
}

export const draftCommand: CliCommand = {
  name: "draft",
  summary: "Dự thảo kiến nghị và câu số liệu cho từng báo cáo",
  usage: USAGE,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const parsed = parseArguments(args, { flags: ["--json"] });
    if ("error" in parsed) {
      io.err(`${parsed.error}\n${USAGE}`);
      return 2;
    }
    const results: FileDraft[] = [];
    for (const files of reportSources(parsed.files)) results.push(await draftFile(files, io));
    for (const { error } of results) if (error !== undefined) io.err(error);
    if (parsed.flags.has("--json")) io.out(asJson(results));
    else for (const result of results) if (result.draft) io.out(asText({ ...result, draft: result.draft }));
    return results.some((r) => r.error !== undefined) ? 1 : 0;
  },
};
