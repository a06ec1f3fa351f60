/**
 * The documents a report cites and the notice's own date, kept in "Nguồn" below the figures' sources
 * so that "Tính lại" checks numbering and dates on the records read back from the sheet as the import
 * did. A citation is written the way official documents cite one ("123/QĐ-UBND ngày 20/01/2025 của
 * UBND tỉnh"), which staff read and which reads back exactly; the notice date is a date cell.
 */
import type { CheckContext } from "../checks/checkExtraction";
import { formatDate } from "../format/vietnamese";
import type { CitedDocument } from "../record/extraction";
import type { CommuneRecord } from "../record/fields";
import { rangeAddress } from "./a1";
import { type Cell, cellToField, isoToSerial } from "./cells";
import { type CommuneIdentity, labelKey, recordKey } from "./identity";
import { NUMBER_FORMATS, SHEETS, SOURCE_COLUMNS, SOURCE_ROW_LABELS, headerKey } from "./layout";

export interface ReportCitations {
  readonly documents: readonly CitedDocument[];
  /** ISO date the notice was signed; null when its header does not state it. */
  readonly noticeDate: string | null;
}

/** The column of "Nguồn" that holds a citation or the notice date. */
const VALUE_COLUMN = SOURCE_COLUMNS.findIndex((c) => c.header === "Giá trị");

/** Number, type and issuer as a citation writes them, then the date and the authority when known. */
export function citationValue(document: CitedDocument): string {
  const date = document.date ? ` ngày ${formatDate(document.date)}` : "";
  const authority = document.authority ? ` của ${document.authority}` : "";
  return `${document.number}/${document.type}-${document.issuer}${date}${authority}`;
}

// As extracted, a number holds no "/", a type no "-" and an issuer no space, so the parts split back exactly.
const CITATION_VALUE = /^([^/\s]+)\/([^-/\s]+)-(\S+)(?:\s+ngày\s+(\d{1,2})\/(\d{1,2})\/(\d{4}))?(?:\s+của\s+(.+))?$/isu;

/** A citation row's cells back as the document; undefined when the value is not a citation. */
export function parseCitation(value: unknown, text: unknown, index: unknown): CitedDocument | undefined {
  if (typeof value !== "string") return undefined;
  const match = CITATION_VALUE.exec(value.trim());
  const [, number, type, issuer, day, month, year, authority] = match ?? [];
  if (number === undefined || type === undefined || issuer === undefined) return undefined;
  const date = year === undefined ? null : `${year}-${month?.padStart(2, "0")}-${day?.padStart(2, "0")}`;
  if (date !== null && isoToSerial(date) === undefined) return undefined;
  return {
    type,
    number,
    issuer,
    authority: authority?.trim() || null,
    date,
    // A row whose position staff cleared still counts; the checks do not use positions.
    index: typeof index === "number" ? index : 0,
    text: typeof text === "string" ? text : String(text ?? ""),
  };
}

/** The rows of one report's citations, as wide as "Nguồn": one per cited document, then the notice date. */
export function citationRows({ commune, period }: CommuneIdentity, citations: ReportCitations, source: string): Cell[][] {
  const documents = citations.documents.map((d): Cell[] => [
    commune,
    period,
    SOURCE_ROW_LABELS.document,
    citationValue(d),
    d.text,
    source,
    d.index,
    null,
  ]);
  const serial = citations.noticeDate === null ? undefined : isoToSerial(citations.noticeDate);
  const notice: Cell[][] = serial === undefined ? [] : [[commune, period, SOURCE_ROW_LABELS.noticeDate, serial, null, source, null, null]];
  return [...documents, ...notice];
}

const isLabel = (cell: unknown, label: string): boolean => headerKey(cell) === headerKey(label);

/** The date format of the notice dates among the body rows of "Nguồn" (sheet rows from the second). */
export function noticeDateFormats(body: readonly (readonly unknown[])[]): { address: string; numberFormat: string }[] {
  return body.flatMap((row, i) =>
    isLabel(row[2], SOURCE_ROW_LABELS.noticeDate)
      ? [{ address: rangeAddress(i + 1, VALUE_COLUMN, 1, 1), numberFormat: NUMBER_FORMATS.date }]
      : [],
  );
}

export interface CitationsRead {
  /** Each report's citations by its row identity (labelKey of commune and period). */
  readonly byKey: ReadonlyMap<string, ReportCitations>;
  /** Rows that could not be read, in Vietnamese: their documents or date are left out of the checks. */
  readonly problems: readonly string[];
}

/** The citations kept in "Nguồn" (its used values, header first); figure rows are ignored. */
export function readCitations(values: readonly (readonly unknown[])[]): CitationsRead {
  const byKey = new Map<string, { documents: CitedDocument[]; noticeDate: string | null }>();
  const problems: string[] = [];
  const entry = (row: readonly unknown[]) => {
    const key = labelKey(row[0], row[1]);
    const found = byKey.get(key) ?? { documents: [], noticeDate: null };
    byKey.set(key, found);
    return found;
  };
  values.forEach((row, i) => {
    if (i === 0) return;
    // Rows are laid out as SOURCE_COLUMNS: xã, kỳ, trường, giá trị, câu nguồn, tệp, vị trí, độ tin cậy.
    const [, , field, value, text, , index] = row;
    const where = `Sheet “${SHEETS.sources}”, dòng ${i + 1}`;
    if (isLabel(field, SOURCE_ROW_LABELS.document)) {
      const document = parseCitation(value, text, index);
      if (document) entry(row).documents.push(document);
      else
        problems.push(
          `${where}: không đọc được văn bản viện dẫn “${String(value ?? "")}” (cần ghi như “123/QĐ-UBND ngày 20/01/2025 của UBND tỉnh”); văn bản này không được dùng khi kiểm tra số, ngày văn bản.`,
        );
    } else if (isLabel(field, SOURCE_ROW_LABELS.noticeDate)) {
      const date = cellToField("date", value);
      if (typeof date === "string" && isoToSerial(date) !== undefined) entry(row).noticeDate = date;
      else
        problems.push(
          `${where}: ngày ban hành thông báo “${String(value ?? "")}” không phải là ngày; chưa so sánh được các mốc thời gian với ngày thông báo.`,
        );
    }
  });
  return { byKey, problems };
}

/** What the checks know of a record beyond its figures: its report's citations, when "Nguồn" keeps them. */
export function checkContextOf(citations: ReadonlyMap<string, ReportCitations>, record: CommuneRecord): CheckContext {
  return citations.get(recordKey(record)) ?? {};
}
