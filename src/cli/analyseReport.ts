/** What every command does first with a report file: read it, extract the record, check it. */
import { checkExtraction } from "../domain/checks/checkExtraction";
import type { Finding } from "../domain/checks/finding";
import { extractReport } from "../domain/extract/extractReport";
import type { Extraction } from "../domain/record/extraction";
import { IMAGE_EXTENSIONS, extensionOf } from "../readers/readReport";
import { readReportFile, readReportImageFiles } from "../readers/readReportFile";
import type { ReadOptions } from "../readers/readResult";
import type { CliIo } from "./command";

export interface AnalysedReport {
  readonly source: string;
  readonly extraction: Extraction;
  readonly findings: readonly Finding[];
}

/**
 * The reports named on the command line: each file is one, except photos of pages (.jpg, .png)
 * given one after another, which make one report, pages in the order given.
 */
export function reportSources(files: readonly string[]): string[][] {
  const sources: string[][] = [];
  const isImage = (file: string | undefined) => file !== undefined && IMAGE_EXTENSIONS.includes(extensionOf(file));
  for (const file of files) {
    const last = sources[sources.length - 1];
    if (last && isImage(file) && isImage(last[0])) last.push(file);
    else sources.push([file]);
  }
  return sources;
}

/** The name a report goes by in the output: its file, or its photos' files. */
export function sourceName(files: readonly string[]): string {
  return files.join(", ");
}

/** OCR progress, on stderr so that stdout (--json) stays clean. */
function progressOn(io: CliIo | undefined, source: string): ReadOptions {
  return io ? { onProgress: ({ page, pages }) => io.err(`Đang nhận dạng trang ${page}/${pages}: ${source}`) } : {};
}

/** The analysed report, or the readers' Vietnamese refusal (which names the file and what to do). */
export async function analyseReport(
  files: string | readonly string[],
  io?: CliIo,
): Promise<AnalysedReport | { readonly source: string; readonly error: string }> {
  const paths = typeof files === "string" ? [files] : files;
  const source = sourceName(paths);
  const options = progressOn(io, source);
  const read = paths.length === 1 ? await readReportFile(paths[0] as string, options) : await readReportImageFiles(paths, options);
  if (!read.ok) return { source, error: read.message };
  const extraction = extractReport(read.document);
  if (extraction.notRecognised !== undefined) return { source, error: `Tệp "${source}": ${extraction.notRecognised}` };
  return { source, extraction, findings: checkExtraction(extraction) };
}
