/** `cchc workbook FILE... -o out.xlsx`: the standard workbook from reports, usable without the add-in. */
import { writeFile } from "node:fs/promises";
import { basename } from "node:path";
import { recordKey } from "../domain/workbook/identity";
import { standardWorkbook } from "../domain/workbook/workbookModel";
import { writeWorkbook } from "../xlsx/writeWorkbook";
import { analyseReport } from "./analyseReport";
import { parseArguments } from "./arguments";
import type { CliCommand, CliIo } from "./command";

const USAGE = [
  "Cách dùng: npx cchc workbook TỆP... -o TỆP_KẾT_QUẢ.xlsx",
  "",
  "Lập sổ tính chuẩn từ các báo cáo (.txt, .docx, .pdf): sheet “Số liệu xã” (mỗi xã một dòng, tỷ lệ và",
  "cột kiểm tra là công thức), “Kiểm tra”, “Tổng hợp”, “Nguồn”, “Dự thảo”, “Mẫu kiến nghị”.",
  "Sổ tính mở được bằng Excel 2007 trở lên hoặc LibreOffice, không cần phần bổ trợ.",
  "",
  "  -o, --output TỆP  Tệp .xlsx sẽ ghi (bắt buộc; ghi đè nếu đã có).",
].join("\n");

/** What is wrong with the output path, if anything. */
function outputProblem(output: string | undefined): string | undefined {
  if (output === undefined) return "Chưa chỉ định tệp kết quả (-o TỆP.xlsx).";
  return /\.xlsx$/i.test(output) ? undefined : `Tệp kết quả "${output}" phải có đuôi .xlsx.`;
}

async function run(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArguments(args, { options: { output: ["-o", "--output"] } });
  const output = "error" in parsed ? undefined : parsed.values.output;
  const problem = "error" in parsed ? parsed.error : outputProblem(output);
  if (problem !== undefined || "error" in parsed || output === undefined) {
    io.err(`${problem ?? ""}\n${USAGE}`);
    return 2;
  }
  const reports = new Map<string, Parameters<typeof standardWorkbook>[0][number]>();
  let failed = false;
  for (const path of parsed.files) {
    const report = await analyseReport(path);
    if ("error" in report) {
      failed = true;
      io.err(report.error);
      continue;
    }
    const { extraction, findings } = report;
    const source = basename(path);
    const key = recordKey(extraction.fields);
    const previous = reports.get(key);
    if (previous) io.err(`Tệp "${source}" có cùng xã và kỳ báo cáo với tệp "${previous.source}"; dùng số liệu của tệp "${source}".`);
    reports.set(key, { record: extraction.fields, provenance: extraction.provenance, documents: extraction.documents, noticeDate: extraction.noticeDate, source, findings });
  }
  if (reports.size === 0) {
    io.err("Không đọc được báo cáo nào; không lập sổ tính.");
    return 1;
  }
  const bytes = await writeWorkbook(standardWorkbook([...reports.values()]));
  try {
    await writeFile(output, bytes);
  } catch {
    io.err(`Không ghi được tệp "${output}"; đề nghị kiểm tra thư mục và quyền ghi, hoặc đóng tệp nếu đang mở trong Excel.`);
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
