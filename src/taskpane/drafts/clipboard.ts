/**
 * Copies a draft as both plain text and HTML, so a paste into Word keeps the bullets and a
 * paste into a plain field keeps the "- ". Uses the async Clipboard API where the web view
 * offers it, and otherwise a hidden contenteditable with execCommand("copy"), which older
 * Office web views (IE-based, early Edge) still need.
 */

export interface ClipboardContent {
  readonly text: string;
  readonly html: string;
}

/** The parts of the browser this needs, passed in so tests can give doubles. */
export interface ClipboardEnvironment {
  readonly navigator?: { readonly clipboard?: { readonly write?: (items: ClipboardItem[]) => Promise<void> } };
  readonly ClipboardItem?: typeof ClipboardItem;
  readonly document?: Document;
}

async function copyWithClipboardApi(content: ClipboardContent, env: ClipboardEnvironment): Promise<boolean> {
  const write = env.navigator?.clipboard?.write;
  const Item = env.ClipboardItem;
  if (!write || !Item) return false;
  try {
    await write.call(env.navigator?.clipboard, [
      new Item({
        "text/plain": new Blob([content.text], { type: "text/plain" }),
        "text/html": new Blob([content.html], { type: "text/html" }),
      }),
    ]);
    return true;
  } catch {
    // Permission refused or the host blocks the API: the selection route may still work.
    return false;
  }
}

function copyWithSelection(content: ClipboardContent, doc: Document | undefined): boolean {
  if (!doc?.body) return false;
  const holder = doc.createElement("div");
  holder.contentEditable = "true";
  holder.setAttribute("aria-hidden", "true");
  holder.style.position = "fixed";
  holder.style.left = "-10000px";
  holder.style.top = "0";
  holder.innerHTML = content.html;
  const onCopy = (event: ClipboardEvent) => {
    // Set both flavours ourselves: the browser's own text/plain of a list drops the "- ".
    if (!event.clipboardData) return;
    event.clipboardData.setData("text/plain", content.text);
    event.clipboardData.setData("text/html", content.html);
    event.preventDefault();
  };
  const previousFocus = doc.activeElement as HTMLElement | null;
  doc.body.appendChild(holder);
  doc.addEventListener("copy", onCopy);
  try {
    const selection = doc.getSelection();
    const range = doc.createRange();
    range.selectNodeContents(holder);
    selection?.removeAllRanges();
    selection?.addRange(range);
    return doc.execCommand("copy");
  } catch {
    return false;
  } finally {
    doc.removeEventListener("copy", onCopy);
    doc.getSelection()?.removeAllRanges();
    holder.remove();
    previousFocus?.focus?.();
  }
}

/** true when the content reached the clipboard. */
export async function copyRich(
  content: ClipboardContent,
  env: ClipboardEnvironment = globalThis as ClipboardEnvironment,
): Promise<boolean> {
  return (await copyWithClipboardApi(content, env)) || copyWithSelection(content, env.document);
}
