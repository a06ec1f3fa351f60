/**
 * What staff change in a draft: the selection (paragraphs ticked beyond the rules' choice, rule
 * paragraphs unticked) after a click on a paragraph's box. Pure, so the panel stays presentational;
 * the draft itself applies the selection (draftNotice).
 */
import type { ParagraphChoice } from "../../domain/drafts/draftNotice";
import type { DraftSelection } from "../../domain/drafts/selectionCell";
import { asHtml, asPlainText } from "../../domain/drafts/render";
import type { ClipboardContent } from "./clipboard";

const without = (ids: readonly string[], id: string): string[] => ids.filter((x) => x !== id);
const withId = (ids: readonly string[], id: string): string[] => (ids.includes(id) ? [...ids] : [...ids, id]);

/**
 * The selection after staff click a choice's box. Only what differs from the rules is kept, so a
 * paragraph the rules choose is never stored as ticked, nor one they do not choose as unticked.
 */
export function toggleChoice(selection: DraftSelection, choice: ParagraphChoice): DraftSelection {
  const { id, byRules } = choice;
  if (choice.chosen) {
    return { ticked: without(selection.ticked, id), unticked: byRules ? withId(selection.unticked, id) : without(selection.unticked, id) };
  }
  return { ticked: byRules ? without(selection.ticked, id) : withId(selection.ticked, id), unticked: without(selection.unticked, id) };
}

/** Clipboard content for paragraphs (and sentences). */
export function clipboardContent(parts: Parameters<typeof asPlainText>[0]): ClipboardContent {
  return { text: asPlainText(parts), html: asHtml(parts) };
}
