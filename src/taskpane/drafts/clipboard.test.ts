import { type ClipboardEnvironment, copyRich } from "./clipboard";

const content = { text: "- Đoạn một.", html: "<ul><li>Đoạn một.</li></ul>" };

/** A ClipboardItem double that keeps what it was given. */
class FakeItem {
  constructor(readonly parts: Record<string, Blob>) {}
}

/** The little of a Document the fallback uses, recording what happens. */
function fakeDocument(copyWorks: boolean) {
  const log: string[] = [];
  const listeners: ((event: unknown) => void)[] = [];
  const data: Record<string, string> = {};
  const holder = {
    contentEditable: "",
    innerHTML: "",
    style: {} as Record<string, string>,
    setAttribute: () => undefined,
    remove: () => log.push("removed"),
  };
  const doc = {
    body: { appendChild: () => log.push("appended") },
    activeElement: { focus: () => log.push("refocused") },
    createElement: () => holder,
    createRange: () => ({ selectNodeContents: () => log.push("selected") }),
    getSelection: () => ({ removeAllRanges: () => undefined, addRange: () => undefined }),
    addEventListener: (_: string, listener: (event: unknown) => void) => listeners.push(listener),
    removeEventListener: () => listeners.pop(),
    execCommand: (command: string) => {
      log.push(command);
      const event = {
        clipboardData: { setData: (type: string, value: string) => (data[type] = value) },
        preventDefault: () => log.push("prevented"),
      };
      listeners.forEach((listener) => listener(event));
      return copyWorks;
    },
  };
  return { doc: doc as unknown as Document, log, data, holder, listeners };
}

describe("copyRich", () => {
  it("writes text/plain and text/html through the Clipboard API when available", async () => {
    const written: FakeItem[][] = [];
    const env = {
      navigator: { clipboard: { write: async (items: unknown[]) => void written.push(items as FakeItem[]) } },
      ClipboardItem: FakeItem as unknown as typeof ClipboardItem,
    } as ClipboardEnvironment;
    expect(await copyRich(content, env)).toBe(true);
    const parts = written[0]?.[0]?.parts ?? {};
    expect(Object.keys(parts)).toEqual(["text/plain", "text/html"]);
    expect(await parts["text/plain"]?.text()).toBe(content.text);
    expect(await parts["text/html"]?.text()).toBe(content.html);
  });

  it("falls back to a hidden contenteditable and execCommand when the API is missing or refused", async () => {
    const fake = fakeDocument(true);
    const refused = {
      navigator: { clipboard: { write: async () => Promise.reject(new Error("NotAllowedError")) } },
      ClipboardItem: FakeItem as unknown as typeof ClipboardItem,
      document: fake.doc,
    } as ClipboardEnvironment;
    expect(await copyRich(content, refused)).toBe(true);
    expect(fake.holder.contentEditable).toBe("true");
    expect(fake.holder.innerHTML).toBe(content.html);
    expect(fake.data).toEqual({ "text/plain": content.text, "text/html": content.html });
    expect(fake.log).toEqual(["appended", "selected", "copy", "prevented", "removed", "refocused"]);
    expect(fake.listeners).toHaveLength(0);
  });

  it("reports failure when neither route works", async () => {
    expect(await copyRich(content, { document: fakeDocument(false).doc })).toBe(false);
    expect(await copyRich(content, {})).toBe(false);
  });
});
