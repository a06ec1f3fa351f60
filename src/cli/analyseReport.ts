/** What every command does first with a report file: read it, extract the record, check it. */
import { checkExtraction } from "../domain/checks/checkExtraction";
import type { Finding } from "../domain/checks/finding";
import { extractReport } from "../domain/extract/extractReport";
import type { Extraction } from "../domain/record/extraction";
import { readReportFile } from "../readers/readReportFile";

export interface AnalysedReport {
  readonly source: string;
  readonly extraction: Extraction;
  readonly findings: readonly Finding[];
}

/** The analysed report, or the readers' Vietnamese refusal (which names the file and what to do). */
export async function analyseReport(source: string): Promise<AnalysedReport | { readonly source: string; readonly error: string }> {
  const read = await readReportFile(source);
  if (!read.ok) return { source, error: read.message };
  const extraction = extractReport(read.document);
  return { source, extraction, findings: checkExtraction(extraction) };
}
