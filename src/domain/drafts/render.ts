/**
 * A draft as text for "copy all": plain text with "- " bullets, and HTML lists so the bullets
 * survive a paste into Word. Paragraphs first, then the figure sentences.
 */

/** What is rendered: the paragraphs (and sentences) staff kept. */
export interface RenderableDraft {
  readonly recommendations: readonly { readonly text: string }[];
  readonly sentences?: readonly { readonly text: string }[];
}

function sections(draft: RenderableDraft): string[][] {
  return [draft.recommendations.map((r) => r.text), (draft.sentences ?? []).map((s) => s.text)].filter((texts) => texts.length > 0);
}

export function asPlainText(draft: RenderableDraft): string {
  return sections(draft)
    .map((texts) => texts.map((text) => `- ${text}`).join("\n"))
    .join("\n\n");
}

const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

export function asHtml(draft: RenderableDraft): string {
  return sections(draft)
    .map((texts) => `<ul>${texts.map((text) => `<li>${escapeHtml(text)}</li>`).join("")}</ul>`)
    .join("");
}
