import { readFileSync } from "node:fs";
import path from "node:path";
import type { ImportOutcome, ImportRecords } from "../../excel/importRecords";
import type { ReadResult } from "../../readers/readResult";
import { SAMPLES_DIR as SAMPLES } from "../../../test/support/reportSamples";
import { INITIAL_IMPORT, type ImportAction, importState } from "./importState";
import { type PickedFile, type Readers, groupFiles, readSource, writeReports } from "./importSteps";

const sample = (name: string) => readFileSync(path.join(SAMPLES, name), "utf8");
const picked = (name: string, content = ""): PickedFile => ({ name, bytes: async () => new TextEncoder().encode(content) });
const asText = (bytes: Uint8Array): ReadResult => ({
  ok: true,
  format: "txt",
  document: { blocks: [{ kind: "text", text: new TextDecoder().decode(bytes) }] },
});
const readers = (overrides: Partial<Readers> = {}): Readers => ({
  readFile: async (bytes) => asText(bytes),
  readImages: async (images) => asText(images[0]?.bytes ?? new Uint8Array()),
  ...overrides,
});

describe("groupFiles", () => {
  it("reads each document as a report and the images picked together as one report", () => {
    const groups = groupFiles([picked("a.docx"), picked("trang-1.jpg"), picked("b.xlsx"), picked("trang-2.PNG")]);
    expect(groups.map((g) => [g.name, g.source.kind])).toEqual([
      ["a.docx", "file"],
      ["b.xlsx", "file"],
      ["2 ảnh: trang-1.jpg, trang-2.PNG", "images"],
    ]);
    const images = groups[2]?.source;
    expect(images?.kind === "images" && images.files.map((f) => f.name)).toEqual(["trang-1.jpg", "trang-2.PNG"]);
  });
});

describe("readSource", () => {
  it("extracts a pasted report and keeps its text for the sources", async () => {
    const action = await readSource(
      1,
      { name: "Nội dung dán lần 1", source: { kind: "text", text: sample("xa-al-ba.txt") } },
      readers(),
      {},
    );
    expect(action.type).toBe("read");
    if (action.type === "read") {
      const provenance = action.extraction.provenance.received;
      expect(provenance && action.text.slice(provenance.index)).toMatch(/^\d/);
    }
  });

  it("passes progress and the signal to the reader, and ends as cancelled when staff stop it", async () => {
    const controller = new AbortController();
    const heard: string[] = [];
    const slow: Readers = readers({
      readFile: async (_bytes, _name, options) => {
        options.onProgress?.({ page: 1, pages: 3 });
        controller.abort();
        return options.signal?.aborted
          ? { ok: false, code: "empty", message: "Đã hủy." }
          : { ok: false, code: "corrupt-pdf", message: "Hỏng." };
      },
    });
    const action = await readSource(4, { name: "a.pdf", source: { kind: "file", file: picked("a.pdf") } }, slow, {
      signal: controller.signal,
      onProgress: ({ page, pages }) => heard.push(`${page}/${pages}`),
    });
    expect(action).toEqual({ type: "cancelled", id: 4 });
    expect(heard).toEqual(["1/3"]);
  });

  it("reports a reader's refusal, a file that cannot be opened and a text with no figure, in Vietnamese", async () => {
    const refusing = readers({ readFile: async () => ({ ok: false, code: "corrupt-docx", message: "Tệp “a.docx” bị hỏng." }) });
    expect(await readSource(1, { name: "a.docx", source: { kind: "file", file: picked("a.docx") } }, refusing, {})).toEqual({
      type: "failed",
      id: 1,
      message: "Tệp “a.docx” bị hỏng.",
    });
    const gone: PickedFile = { name: "b.pdf", bytes: () => Promise.reject(new Error("NotReadableError")) };
    const unreadable = await readSource(2, { name: "b.pdf", source: { kind: "file", file: gone } }, readers(), {});
    expect(unreadable).toMatchObject({ type: "failed", message: expect.stringMatching(/^Không mở được tệp “b\.pdf”/) });
    const chat = await readSource(3, { name: "x", source: { kind: "text", text: "Hẹn gặp lại tuần sau." } }, readers(), {});
    expect(chat).toMatchObject({
      type: "failed",
      message: expect.stringMatching(/^Nội dung đã dán: Văn bản không được nhận dạng là báo cáo của xã, phường/),
    });
  });

  it("reads the images of one report with one call to the image reader", async () => {
    const readImages = jest.fn(async (images: readonly { bytes: Uint8Array; name: string }[]) =>
      asText(images[0]?.bytes ?? new Uint8Array()),
    );
    const files = [picked("1.jpg", sample("xa-bo-ngoong.txt")), picked("2.jpg", "")];
    const action = await readSource(1, { name: "2 ảnh", source: { kind: "images", files } }, readers({ readImages }), {});
    expect(action.type).toBe("read");
    expect(readImages).toHaveBeenCalledTimes(1);
    expect(readImages.mock.calls[0]?.[0].map((i) => i.name)).toEqual(["1.jpg", "2.jpg"]);
  });
});

describe("writeReports", () => {
  const outcome = (o: Partial<ImportOutcome>): ImportOutcome => ({
    conflicts: [],
    summary: "Đã ghi 1 xã.",
    added: 1,
    updated: 0,
    notes: [],
    ...o,
  });
  const readState = async (inputs: Record<string, string> = {}) => {
    const read = await readSource(1, { name: "a.txt", source: { kind: "text", text: sample("xa-al-ba.txt") } }, readers(), {});
    const actions: ImportAction[] = [{ type: "add", items: [{ id: 1, name: "a.txt" }] }, read];
    for (const [field, text] of Object.entries(inputs)) actions.push({ type: "edit", id: 1, field: field as "received", text });
    return actions.reduce(importState, INITIAL_IMPORT);
  };

  it("writes the reviewed reports with staff's corrections and reports the outcome", async () => {
    const importRecords: jest.MockedFunction<ImportRecords> = jest.fn(async (_rows, _choices) => outcome({ notes: ["Chưa có biểu đồ."] }));
    const action = await writeReports(await readState({ received: "1.300" }), importRecords);
    expect(importRecords.mock.calls[0]?.[0].map((row) => row.record.received)).toEqual([1300]);
    expect(action).toEqual({ type: "written", ids: [1], message: { intent: "warning", message: "Đã ghi 1 xã. Lưu ý: Chưa có biểu đồ." } });
  });

  it("refuses to write while an entry is not acceptable, showing that report", async () => {
    const importRecords = jest.fn();
    const action = await writeReports(await readState({ received: "12,5" }), importRecords);
    expect(importRecords).not.toHaveBeenCalled();
    expect(action).toMatchObject({ type: "write-refused", showId: 1, message: { intent: "error" } });
  });

  it("asks staff about conflicts, then sends their decisions", async () => {
    const conflict = { commune: "Ia Ly", period: "", field: "received" as const, sheetValue: 1, importedValue: 2 };
    const importRecords: jest.MockedFunction<ImportRecords> = jest.fn(async (_rows, _choices) =>
      outcome({ conflicts: [conflict], added: 0 }),
    );
    const state = await readState();
    const asked = await writeReports(state, importRecords);
    expect(asked).toMatchObject({ type: "conflicts", conflicts: [conflict] });
    const decided = [asked, { type: "decide", conflict, decision: "replace" } as const].reduce(importState, state);
    importRecords.mockResolvedValueOnce(outcome({}));
    await writeReports(decided, importRecords);
    expect(importRecords.mock.calls[1]?.[1]).toEqual([{ ...conflict, decision: "replace" }]);
  });

  it("turns a failed write into a Vietnamese message and keeps the reports", async () => {
    const locked = Object.assign(new Error("denied"), { code: "AccessDenied" });
    const action = await writeReports(await readState(), () => Promise.reject(locked));
    expect(action).toMatchObject({
      type: "write-refused",
      message: { intent: "error", message: expect.stringMatching(/^Chưa ghi được số liệu vào sổ tính: .*được bảo vệ/) },
    });
  });
});
