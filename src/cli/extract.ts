/** `cchc extract FILE... [--json]`: reads each report, extracts the standard record and checks it. */
import { checkExtraction } from "../domain/checks/checkExtraction";
import type { Finding } from "../domain/checks/finding";
import { extractReport } from "../domain/extract/extractReport";
import { formatCount, formatDate, formatPercent } from "../domain/format/vietnamese";
import type { Extraction } from "../domain/record/extraction";
import { FIELDS, FIELD_IDS, type FieldDefinition, type FieldValue } from "../domain/record/fields";
import { readReportFile } from "../readers/readReportFile";
import type { CliCommand, CliIo } from "./command";

const USAGE = [
  "Cách dùng: npx cchc extract TỆP... [--json]",
  "",
  "Trích xuất 33 chỉ tiêu của bản ghi chuẩn từ mỗi báo cáo (.txt UTF-8/UTF-16, .docx, .pdf có lớp văn bản),",
  "kèm câu nguồn của từng số liệu, các văn bản được viện dẫn và các điểm chưa thống nhất.",
  "",
  "  --json  Xuất một mảng JSON, mỗi tệp một phần tử: source, fields, provenance, documents, findings;",
  "          tệp không đọc được chỉ có source và error.",
].join("\n");

const SOURCE_WIDTH = 90;

interface FileExtraction {
  readonly source: string;
  readonly extraction: Extraction;
  readonly findings: readonly Finding[];
}

function jsonOf({ source, extraction, findings }: FileExtraction): unknown {
  return {
    source,
    fields: Object.fromEntries(FIELD_IDS.map((id) => [id, extraction.fields[id]])),
    provenance: Object.fromEntries(
      FIELD_IDS.flatMap((id) => {
        const where = extraction.provenance[id];
        return where ? [[id, { index: where.index, text: where.text }]] : [];
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

function tableOf({ source, extraction, findings }: FileExtraction): string {
  const labelWidth = Math.max(...FIELDS.map((f) => f.label.length));
  const values = FIELDS.map((field) => formatValue(field, extraction.fields[field.id]));
  const valueWidth = Math.max(...values.map((v) => v.length));
  const lines = [`=== ${source} ===`];
  FIELDS.forEach((field, i) => {
    const where = extraction.provenance[field.id];
    lines.push(`${field.label.padEnd(labelWidth)}  ${(values[i] ?? "").padEnd(valueWidth)}  ${where ? shorten(where.text) : ""}`.trimEnd());
  });
  lines.push("", `Văn bản được viện dẫn: ${extraction.documents.length}`);
  if (findings.length === 0) lines.push("Không phát hiện điểm chưa thống nhất.");
  else lines.push("Các điểm cần lưu ý:", ...findings.map((f) => `- [${f.severity}] ${f.message}${f.suggestion ? ` ${f.suggestion}` : ""}`));
  return `${lines.join("\n")}\n`;
}

async function run(args: readonly string[], io: CliIo): Promise<number> {
  const json = args.includes("--json");
  const unknown = args.filter((a) => a.startsWith("-") && a !== "--json");
  if (unknown.length > 0) {
    io.err(`Tùy chọn không hợp lệ: ${unknown.join(", ")}.\n${USAGE}`);
    return 2;
  }
  const files = args.filter((a) => !a.startsWith("-"));
  if (files.length === 0) {
    io.err(`Chưa chỉ định tệp báo cáo.\n${USAGE}`);
    return 2;
  }
  const output: unknown[] = [];
  let failed = false;
  for (const source of files) {
    const read = await readReportFile(source);
    if (!read.ok) {
      failed = true;
      io.err(read.message);
      output.push({ source, error: read.message });
      continue;
    }
    const extraction = extractReport(read.text);
    const result: FileExtraction = { source, extraction, findings: checkExtraction(extraction) };
    if (json) output.push(jsonOf(result));
    else io.out(tableOf(result));
  }
  if (json) io.out(JSON.stringify(output, null, 2));
  return failed ? 1 : 0;
}

export const extractCommand: CliCommand = {
  name: "extract",
  summary: "Trích xuất số liệu của báo cáo (.txt, .docx, .pdf) thành bản ghi chuẩn, kèm câu nguồn",
  usage: USAGE,
  run,
};
