import { readDocx } from "./readDocx";

describe("readDocx failures", () => {
  it("keeps the cause of a broken file", async () => {
    const result = await readDocx(new TextEncoder().encode("không phải zip"), "hong.docx");
    expect(result).toMatchObject({ ok: false, code: "corrupt-docx" });
    if (!result.ok) expect(result.cause).toBeInstanceOf(Error);
  });

  it("says the reader could not be loaded, not that the file is broken, when its code fails to load", async () => {
    const failure = new Error("Loading chunk jszip failed");
    jest.resetModules();
    jest.doMock("jszip", () => {
      throw failure;
    });
    const { readDocx: isolated } = await import("./readDocx");
    const result = await isolated(new Uint8Array([0x50, 0x4b, 0x03, 0x04]), "bao-cao.docx");
    expect(result).toMatchObject({ ok: false, code: "reader-unavailable", cause: failure });
    if (!result.ok) expect(result.message).toContain("bao-cao.docx");
    jest.dontMock("jszip");
  });
});
