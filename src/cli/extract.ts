/** `cchc extract FILE... [--json]`: reads each report, extracts the standard record and checks it. */
import { formatCount, formatDate, formatPercent } from "../domain/format/vietnamese";
import { FIELDS, FIELD_IDS, type FieldDefinition, type FieldValue } from "../domain/record/fields";
import { type AnalysedReport, analyseReport, reportSources } from "./analyseReport";
import { parseArguments } from "./arguments";
import type { CliCommand, CliIo } from "./command";

const USAGE = [
  "Cách dùng: npx cchc extract TỆP... [--json]",
  "",
  "Trích xuất 33 chỉ tiêu của bản ghi chuẩn từ mỗi báo cáo (.txt UTF-8/UTF-16, .docx, .pdf kể cả bản quét, .xlsx,",
  "ảnh .jpg/.png chụp các trang), kèm câu nguồn (hoặc vị trí trong bảng, số trang) của từng số liệu, các văn bản",
  "được viện dẫn và các điểm chưa thống nhất.",
  "",
  "  --json  Xuất một mảng JSON, mỗi tệp một phần tử: source, fields, provenance, documents, findings;",
  "          tệp không đọc được chỉ có source và error.",
  "",
  "Ảnh chụp hoặc quét các trang (.jpg, .png) đặt liền nhau là một báo cáo, các trang theo thứ tự đã nêu.",
  "Bản quét được nhận dạng ký tự (OCR) ngay trên máy này; tiến độ in ra luồng lỗi (stderr).",
].join("\n");

const SOURCE_WIDTH = 90;

function jsonOf({ source, extraction, findings }: AnalysedReport): unknown {
  return {
    source,
    fields: Object.fromEntries(FIELD_IDS.map((id) => [id, extraction.fields[id]])),
    provenance: Object.fromEntries(
      FIELD_IDS.flatMap((id) => {
        const where = extraction.provenance[id];
        return where
          ? [[id, { index: where.index, text: where.text, ...(where.location === undefined ? {} : { location: where.location }) }]]
          : [];
      }),
    ),
    documents: extraction.documents,
    findings: findings.map(({ kind, severity, fields, message, suggestion }) => ({ kind, severity, fields, message, suggestion })),
  };
}

function formatValue(field: FieldDefinition, value: FieldValue): string {
  if (value === null) return "(không nêu)";
  if (typeof value === "string") return field.kind === "date" ? formatDate(value) : value;
  if (field.kind === "percent") return formatPercent(value, 2);
  return formatCount(value, { padSmall: false });
}

function shorten(text: string): string {
  return text.length <= SOURCE_WIDTH ? text : `${text.slice(0, SOURCE_WIDTH - 1)}…`;
}

function tableOf({ source, extraction, findings }: AnalysedReport): string {
  const labelWidth = Math.max(...FIELDS.map((f) => f.label.length));
  const values = FIELDS.map((field) => formatValue(field, extraction.fields[field.id]));
  const valueWidth = Math.max(...values.map((v) => v.length));
  const lines = [`=== ${source} ===`];
  FIELDS.forEach((field, i) => {
    const where = extraction.provenance[field.id];
    const source = where === undefined ? "" : shorten(where.location ?? where.text);
    lines.push(`${field.label.padEnd(labelWidth)}  ${(values[i] ?? "").padEnd(valueWidth)}  ${source}`.trimEnd());
  });
  lines.push("", `Văn bản được viện dẫn: ${extraction.documents.length}`);
  if (findings.length === 0) lines.push("Không phát hiện điểm chưa thống nhất.");
  else lines.push("Các điểm cần lưu ý:", ...findings.map((f) => `- [${f.severity}] ${f.message}${f.suggestion ? ` ${f.suggestion}` : ""}`));
  return `${lines.join("\n")}\n`;
}

async function run(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArguments(args, { flags: ["--json"] });
  if ("error" in parsed) {
    io.err(`${parsed.error}\n${USAGE}`);
    return 2;
  }
  const json = parsed.flags.has("--json");
  const output: unknown[] = [];
  let failed = false;
  for (const files of reportSources(parsed.files)) {
    const report = await analyseReport(files, io);
    if ("error" in report) {
      failed = true;
      io.err(report.error);
      output.push({ source: report.source, error: report.error });
    } else if (json) output.push(jsonOf(report));
    else io.out(tableOf(report));
  }
  if (json) io.out(JSON.stringify(output, null, 2));
  return failed ? 1 : 0;
}

export const extractCommand: CliCommand = {
  name: "extract",
  summary: "Trích xuất số liệu của báo cáo (.txt, .docx, .pdf, ảnh quét) thành bản ghi chuẩn, kèm câu nguồn",
  usage: USAGE,
  run,
};
