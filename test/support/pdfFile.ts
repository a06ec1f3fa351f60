/** PDF files built as text, for the reader's tests: pages of text operators, any page size, extra objects. */

export interface PdfOptions {
  /** One content stream per page (PDF operators). */
  readonly pages: readonly string[];
  /** The MediaBox of every page, in points; A4 by default. */
  readonly mediaBox?: readonly [number, number, number, number];
  /** Objects numbered from 4 on (after catalog, page tree and font), e.g. an /Encrypt dictionary. */
  readonly extraObjects?: readonly string[];
  /** Added to the trailer dictionary, e.g. "/Encrypt 4 0 R". */
  readonly trailerExtra?: string;
}

export function pdfFile({ pages, mediaBox = [0, 0, 595, 842], extraObjects = [], trailerExtra = "" }: PdfOptions): Buffer {
  const firstPage = 4 + extraObjects.length;
  const pageNumbers = pages.map((_, i) => firstPage + 2 * i);
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    `<< /Type /Pages /Kids [${pageNumbers.map((n) => `${n} 0 R`).join(" ")}] /Count ${pages.length} >>`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ...extraObjects,
    ...pages.flatMap((content, i) => [
      `<< /Type /Page /Parent 2 0 R /MediaBox [${mediaBox.join(" ")}] /Contents ${(pageNumbers[i] ?? 0) + 1} 0 R /Resources << /Font << /F1 3 0 R >> >> >>`,
      `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`,
    ]),
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, "latin1"));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

/** Text operators writing `lines` from the top of an A4 page, in Helvetica 10 pt. */
export function textOperators(lines: readonly string[]): string {
  return `BT /F1 10 Tf 40 800 Td 12 TL ${lines.map((l) => `(${l}) Tj T*`).join(" ")} ET`;
}
