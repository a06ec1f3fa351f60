/** `cchc workbook FILE... -o out.xlsx`: the standard workbook from reports, usable without the add-in. */
import { basename } from "node:path";
import { recordKey } from "../domain/workbook/identity";
import { standardWorkbook } from "../domain/workbook/workbookModel";
import { writeWorkbook } from "../xlsx/writeWorkbook";
import { analyseReport, reportSources } from "./analyseReport";
import { parseArguments } from "./arguments";
import type { CliCommand, CliIo } from "./command";
import { saveFile, saveRefusal } from "./saveFile";

const USAGE = [
  "Cách dùng: npx cchc workbook TỆP... -o TỆP_KẾT_QUẢ.xlsx [--overwrite]",
  "",
  "Lập sổ tính chuẩn từ các báo cáo (.txt, .docx, .pdf): sheet “Số liệu xã” (mỗi xã một dòng, tỷ lệ và",
  "cột kiểm tra là công thức), “Kiểm tra”, “Tổng hợp”, “Nguồn”, “Dự thảo”, “Mẫu kiến nghị”.",
  "Sổ tính mở được bằng Excel 2007 trở lên hoặc LibreOffice, không cần phần bổ trợ.",
  "",
  "  -o, --output TỆP  Tệp .xlsx sẽ ghi (bắt buộc). Tệp được ghi trọn vẹn hoặc không ghi: nếu có lỗi",
  "                    (chẳng hạn ổ đĩa đầy), tệp cũ được giữ nguyên.",
  "  --overwrite       Cho phép ghi đè tệp kết quả đã có; không có tùy chọn này, tệp đã có không bị thay.",
  "  --                Kết thúc tùy chọn: các tham số sau đều là tên tệp (kể cả tên bắt đầu bằng “-”).",
].join("\n");

/** What is wrong with the output path, if anything. */
function outputProblem(output: string | undefined): string | undefined {
  if (output === undefined) return "Chưa chỉ định tệp kết quả (-o TỆP.xlsx).";
  return /\.xlsx$/i.test(output) ? undefined : `Tệp kết quả "${output}" phải có đuôi .xlsx.`;
}

async function run(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArguments(args, { flags: ["--overwrite"], options: { output: ["-o", "--output"] } });
  const output = "error" in parsed ? undefined : parsed.values.output;
  const problem = "error" in parsed ? parsed.error : outputProblem(output);
  if (problem !== undefined || "error" in parsed || output === undefined) {
    io.err(`${problem ?? ""}\n${USAGE}`);
    return 2;
  }
  const overwrite = parsed.flags.has("--overwrite");
  // Refused before any report is read, so the user does not wait for nothing.
  const refusal = await saveRefusal(output, { overwrite });
  if (refusal !== undefined) {
    io.err(refusal);
    return 2;
  }
  const reports = new Map<string, Parameters<typeof standardWorkbook>[0][number]>();
  let failed = false;
  for (const files of reportSources(parsed.files)) {
    const report = await analyseReport(files, io);
    if ("error" in report) {
      failed = true;
      io.err(report.error);
      continue;
    }
    const { extraction, findings } = report;
    const source = files.map((file) => basename(file)).join(", ");
    // Records of an unnamed commune are never merged: each report keeps its own row.
    const key = extraction.fields.commune === null ? `${recordKey(extraction.fields)}\u0000${source}` : recordKey(extraction.fields);
    const previous = reports.get(key);
    if (previous) io.err(`Tệp "${source}" có cùng xã và kỳ báo cáo với tệp "${previous.source}"; dùng số liệu của tệp "${source}".`);
    reports.set(key, {
      record: extraction.fields,
      provenance: extraction.provenance,
      documents: extraction.documents,
      noticeDate: extraction.noticeDate,
      source,
      findings,
    });
  }
  if (reports.size === 0) {
    io.err("Không đọc được báo cáo nào; không lập sổ tính.");
    return 1;
  }
  const saved = await saveFile(output, await writeWorkbook(standardWorkbook([...reports.values()])), { overwrite });
  if (!saved.ok) {
    io.err(saved.message);
    return 1;
  }
  const findings = [...reports.values()].reduce((n, r) => n + r.findings.length, 0);
  io.out(`Đã lập sổ tính "${output}": ${reports.size} xã, phường; ${findings} điểm cần lưu ý.`);
  return failed ? 1 : 0;
}

export const workbookCommand: CliCommand = {
  name: "workbook",
  summary: "Lập sổ tính Excel chuẩn (số liệu, tỷ lệ, kiểm tra, tổng hợp) từ các báo cáo",
  usage: USAGE,
  run,
};
