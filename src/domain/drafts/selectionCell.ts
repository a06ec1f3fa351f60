/**
 * Staff's own choice of paragraphs for one commune, and how it is kept in one cell of the sheet
 * "Dự thảo": "+ma-doan; -ma-doan" ("+" ticked, "-" removed from the rules' choice). The cell is
 * read back on every "Tính lại", so a hand-edited cell is parsed leniently and what cannot be
 * used is reported, never thrown.
 */
import { DEFAULT_CATALOGUE, type ParagraphRule } from "./catalogue";

export interface DraftSelection {
  /** Paragraphs staff added: optional ones, or rule paragraphs the rules did not choose. */
  readonly ticked: readonly string[];
  /** Rule paragraphs staff removed although the rules chose them. */
  readonly unticked: readonly string[];
}

export const NO_SELECTION: DraftSelection = { ticked: [], unticked: [] };

export function isEmptySelection(selection: DraftSelection): boolean {
  return selection.ticked.length === 0 && selection.unticked.length === 0;
}

/** "+a; +b; -c", or "" when staff chose nothing of their own. */
export function selectionToCell(selection: DraftSelection): string {
  return [...selection.ticked.map((id) => `+${id}`), ...selection.unticked.map((id) => `-${id}`)].join("; ");
}

export interface ParsedSelection {
  readonly selection: DraftSelection;
  /** One Vietnamese sentence per part of the cell that was left out. */
  readonly problems: string[];
}

// Excel or a keyboard may turn "-" into a dash or a minus sign; ";", "," and line breaks all separate.
const SIGNS: Record<string, "+" | "-"> = { "+": "+", "-": "-", "–": "-", "−": "-" };

export function selectionFromCell(cell: unknown, catalogue: readonly ParagraphRule[] = DEFAULT_CATALOGUE): ParsedSelection {
  const known = new Set(catalogue.map((rule) => rule.id));
  const sign = new Map<string, "+" | "-">();
  const contradicted = new Set<string>();
  const problems: string[] = [];
  const text = typeof cell === "string" ? cell : cell === null || cell === undefined ? "" : String(cell);
  for (const part of text.split(/[;,\n]/)) {
    const token = part.trim();
    if (!token) continue;
    const mark = SIGNS[token.charAt(0)];
    const id = token.slice(1).trim().toLowerCase();
    if (!mark) {
      problems.push(`“${token}” thiếu dấu “+” (thêm đoạn) hoặc “-” (bỏ đoạn) ở đầu; bỏ qua.`);
    } else if (!known.has(id)) {
      problems.push(`Không có đoạn kiến nghị mã “${id}”; bỏ qua.`);
    } else if (contradicted.has(id)) {
      continue;
    } else if (sign.has(id) && sign.get(id) !== mark) {
      problems.push(`Đoạn mã “${id}” vừa được thêm vừa bị bỏ; để quy tắc quyết định.`);
      sign.delete(id);
      contradicted.add(id);
    } else {
      sign.set(id, mark);
    }
  }
  const ids = (mark: "+" | "-") => [...sign].filter(([, m]) => m === mark).map(([id]) => id);
  return { selection: { ticked: ids("+"), unticked: ids("-") }, problems };
}
