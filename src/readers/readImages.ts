/**
 * Photos or scans of pages (.jpg, .png) → one report, page after page in the order given, by OCR
 * (see ocr/). The engine decodes the image itself; only its header is read here, to refuse an
 * image too large before any decoding.
 */
import { imageSize, type ImageSize } from "./ocr/imageSize";
import { MAX_OCR_PAGES, MAX_OCR_PIXELS, pageTooLarge, tooManyPages } from "./ocr/limits";
import type { PageText } from "./ocr/pageText";
import { scaledImage } from "./ocr/platform";
import { recognizePages } from "./ocr/recognizePages";
import { ocrFailure, scannedBlock, withReviewMarks } from "./ocr/scannedBlocks";
import { failure, type ReadOptions, type ReadResult } from "./readResult";

export interface PageImageFile {
  readonly bytes: Uint8Array;
  readonly name: string;
}

/**
 * Pixels handed to the engine for one photo: a page at about 250 dpi. Tesseract's memory grows with
 * the image (a 12-megapixel photo needs over 600 MB a worker), so larger photos are scaled down first.
 */
const OCR_PIXELS = 6_000_000;

/** Photos state no resolution, or a camera's meaningless 72 dpi: Tesseract then estimates it from the text. */
const MIN_STATED_DPI = 100;

export async function readReportImages(images: readonly PageImageFile[], options: ReadOptions = {}): Promise<ReadResult> {
  if (images.length === 0) return failure("empty", "Chưa chọn ảnh nào của báo cáo.");
  const names = images.map((image) => image.name).join(", ");
  if (images.length > MAX_OCR_PAGES) return tooManyPages(names, images.length);
  const sizes: ImageSize[] = [];
  for (const image of images) {
    const size = imageSize(image.bytes);
    if (!size) {
      return failure(
        "unsupported-image",
        `Tệp "${image.name}" không phải ảnh .jpg hoặc .png hợp lệ; đề nghị chụp hoặc quét lại trang báo cáo rồi thực hiện lại.`,
      );
    }
    if (size.width * size.height > MAX_OCR_PIXELS) return pageTooLarge(image.name, size.width, size.height);
    sizes.push(size);
  }
  let texts: readonly PageText[];
  try {
    texts = await recognizePages(
      images.length,
      async (i) => {
        const { bytes } = images[i] as PageImageFile;
        const { width, height, dpi } = sizes[i] as ImageSize;
        if (width * height > OCR_PIXELS) return { bytes: await scaledImage(bytes, OCR_PIXELS) };
        return { bytes, ...(dpi !== undefined && dpi >= MIN_STATED_DPI ? { dpi } : {}) };
      },
      options,
    );
  } catch (error) {
    return ocrFailure(error, names);
  }
  const blocks = texts.flatMap((text, i) => scannedBlock(text, i + 1) ?? []);
  if (blocks.length === 0) {
    return failure(
      "empty",
      `Không nhận dạng được chữ nào trong ảnh "${names}"; đề nghị chụp lại rõ nét, đủ sáng, đúng chiều trang rồi thực hiện lại.`,
    );
  }
  return { ok: true, format: "image", document: { blocks: withReviewMarks(blocks, blocks) } };
}
