/**
 * What staff keep of a draft: paragraphs they tick in addition to the rules' choice, and
 * paragraphs the rules chose that they untick. Pure, so the panel stays presentational.
 */
import type { DraftResult, ParagraphChoice } from "../../domain/drafts/draftNotice";
import { asHtml, asPlainText } from "../../domain/drafts/render";
import type { ClipboardContent } from "./clipboard";

export interface Selection {
  /** Paragraphs staff ticked that the rules did not choose (passed to draftsFor). */
  readonly ticked: readonly string[];
  /** Paragraphs the rules chose that staff unticked. */
  readonly excluded: readonly string[];
}

export const NO_SELECTION: Selection = { ticked: [], excluded: [] };

const toggle = (ids: readonly string[], id: string): string[] =>
  ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id];

/** Whether the box of a choice is ticked. */
export function isKept(choice: ParagraphChoice, selection: Selection): boolean {
  return choice.chosen && !selection.excluded.includes(choice.id);
}

/** The selection after staff click a choice's box. */
export function toggleChoice(selection: Selection, choice: ParagraphChoice): Selection {
  const chosenByRules = choice.chosen && !selection.ticked.includes(choice.id);
  return chosenByRules
    ? { ...selection, excluded: toggle(selection.excluded, choice.id) }
    : { ...selection, ticked: toggle(selection.ticked, choice.id) };
}

/** The draft restricted to the paragraphs staff keep. */
export function keptDraft(draft: DraftResult, selection: Selection): DraftResult {
  return { ...draft, recommendations: draft.recommendations.filter((p) => !selection.excluded.includes(p.id)) };
}

/** Clipboard content for paragraphs (and sentences). */
export function clipboardContent(parts: Parameters<typeof asPlainText>[0]): ClipboardContent {
  return { text: asPlainText(parts), html: asHtml(parts) };
}
