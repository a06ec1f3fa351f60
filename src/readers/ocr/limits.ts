/**
 * How large a scan the product reads. Above these, reading would take minutes and hundreds of
 * megabytes on an office computer: the file is refused with a Vietnamese message before any OCR.
 */
import { formatCount } from "../../domain/format/vietnamese";
import { failure, type ReadFailure } from "../readResult";

/** Pages read by OCR in one report (a commune's report is a few pages; its annexes rarely twenty). */
export const MAX_OCR_PAGES = 40;
/** Pixels of one page image: a phone's 48-megapixel photo, or an A3 page at 400 dpi. */
export const MAX_OCR_PIXELS = 50_000_000;

export function tooManyPages(fileName: string, pages: number): ReadFailure {
  return failure(
    "scan-too-large",
    `Tệp "${fileName}" có ${formatCount(pages, { padSmall: false })} trang cần nhận dạng ký tự (OCR), vượt giới hạn ${MAX_OCR_PAGES} trang cho một báo cáo; đề nghị tách riêng các trang của báo cáo rồi thực hiện lại.`,
  );
}

export function pageTooLarge(fileName: string, width: number, height: number, page?: number): ReadFailure {
  const megapixels = Math.round((width * height) / 1_000_000);
  const where = page === undefined ? `Ảnh "${fileName}"` : `Trang ${page} của tệp "${fileName}"`;
  return failure(
    "scan-too-large",
    `${where} có kích thước ${formatCount(width, { padSmall: false })} × ${formatCount(height, { padSmall: false })} điểm ảnh (khoảng ${megapixels} megapixel), vượt giới hạn ${MAX_OCR_PIXELS / 1_000_000} megapixel để nhận dạng ký tự; đề nghị quét hoặc chụp lại ở độ phân giải thấp hơn (200–300 dpi) rồi thực hiện lại.`,
  );
}
