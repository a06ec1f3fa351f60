/**
 * The body of a Word document (word/document.xml) → blocks, read the way the same report saved
 * as plain text reads: one line per paragraph, an empty paragraph an empty line, a line break
 * inside a paragraph or a cell a line break, the shown result of a field and the text of a
 * hyperlink in their place. A table is a grid whose merged cells (gridSpan, vMerge) repeat
 * their text in every cell they cover; paragraphs between two tables form one text block.
 * A small scanner over the XML, so the pane and the CLI read .docx the same way without a DOM.
 */
import type { Block } from "../domain/document/reportDocument";

interface Cell {
  text: string;
  /** Grid columns the cell covers (w:gridSpan). */
  span: number;
  /** "restart" opens a vertical merge, "continue" carries on the one above. */
  vMerge?: "restart" | "continue";
}

interface TableBuilder {
  rows: Cell[][];
  row: Cell[] | null;
  cell: { lines: string[]; span: number; vMerge?: "restart" | "continue" } | null;
  /** Empty grid columns before a row's first cell (w:gridBefore). */
  gridBefore: number;
}

const ENTITIES: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}="([^"]*)"`).exec(attributes);
  return match ? decodeEntities(match[1] as string) : undefined;
}

/** Lays a table's rows out on its grid: spans widen a cell, a vertical merge repeats the text above. */
function gridOf(rows: readonly (readonly Cell[])[], gridBefore: readonly number[]): string[][] {
  const grid: string[][] = [];
  rows.forEach((row, r) => {
    const line: string[] = Array.from({ length: gridBefore[r] ?? 0 }, () => "");
    for (const cell of row) {
      const column = line.length;
      const text = cell.vMerge === "continue" ? (grid[r - 1]?.[column] ?? "") : cell.text;
      for (let i = 0; i < cell.span; i++) line.push(text);
    }
    grid.push(line);
  });
  const width = Math.max(0, ...grid.map((line) => line.length));
  return grid.map((line) => [...line, ...Array.from({ length: width - line.length }, () => "")]);
}

/** The blocks of word/document.xml, in document order. */
export function docxBlocks(xml: string): Block[] {
  const blocks: Block[] = [];
  let lines: string[] = [];
  const tables: TableBuilder[] = [];
  const gridBefores: number[][] = [];
  /** Text of the paragraph being read; a paragraph inside a text box nests. */
  const paragraphs: string[] = [];
  /** Inside w:instrText, w:delText, mc:Fallback: text that is not shown (or shown twice). */
  let hidden = 0;
  /** Inside w:t: text nodes count. */
  let inText = false;
  /** Between a complex field's "begin" and "separate": its instruction, not its result. */
  let fieldDepth = 0;
  const fieldInstruction: boolean[] = [];

  const flushText = (): void => {
    if (lines.length > 0 && lines.some((line) => line.trim() !== "")) blocks.push({ kind: "text", text: lines.join("\n") });
    lines = [];
  };
  const emitLine = (line: string): void => {
    const table = tables[tables.length - 1];
    if (table?.cell) table.cell.lines.push(line);
    else lines.push(line);
  };
  const append = (text: string): void => {
    if (paragraphs.length === 0 || hidden > 0 || fieldInstruction.some(Boolean)) return;
    paragraphs[paragraphs.length - 1] += text;
  };

  const tag = /<(\/?)([A-Za-z][\w.-]*:?[\w.-]*)([^>]*?)(\/?)>|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|([^<]+)/g;
  let match: RegExpExecArray | null;
  while ((match = tag.exec(xml)) !== null) {
    const [, closing, name, attributes = "", selfClosing, text] = match;
    if (text !== undefined) {
      if (inText) append(decodeEntities(text));
      continue;
    }
    if (name === undefined) continue;
    const open = closing !== "/";
    const close = closing === "/" || selfClosing === "/";
    switch (name) {
      case "w:t":
        inText = open && !close;
        break;
      case "w:instrText":
      case "w:delText":
      case "mc:Fallback":
        if (open) hidden++;
        if (close) hidden--;
        break;
      case "w:tab":
        if (open) append("\t");
        break;
      case "w:br":
      case "w:cr":
        if (open) append("\n");
        break;
      case "w:noBreakHyphen":
        if (open) append("-");
        break;
      case "w:fldChar": {
        const type = attribute(attributes, "w:fldCharType");
        if (type === "begin") {
          fieldDepth++;
          fieldInstruction.push(true);
        } else if (type === "separate" && fieldDepth > 0) fieldInstruction[fieldInstruction.length - 1] = false;
        else if (type === "end" && fieldDepth > 0) {
          fieldDepth--;
          fieldInstruction.pop();
        }
        break;
      }
      case "w:p":
        if (open) paragraphs.push("");
        if (close && !open) {
          const paragraph = paragraphs.pop() ?? "";
          if (paragraphs.length === 0) emitLine(paragraph);
          else paragraphs[paragraphs.length - 1] += `\n${paragraph}`;
        } else if (open && close) emitLine(paragraphs.pop() ?? "");
        break;
      case "w:tbl":
        if (open && !close) {
          if (tables.length === 0) flushText();
          tables.push({ rows: [], row: null, cell: null, gridBefore: 0 });
          gridBefores.push([]);
        } else if (!open) {
          const table = tables.pop();
          const before = gridBefores.pop() ?? [];
          if (!table) break;
          const grid = gridOf(table.rows, before);
          if (tables.length === 0) {
            if (grid.length > 0) blocks.push({ kind: "table", rows: grid });
          } else {
            // A table inside a cell: its rows become lines of that cell.
            for (const row of grid) emitLine(row.filter((cell, i) => cell.trim() !== "" && cell !== row[i - 1]).join(" ; "));
          }
        }
        break;
      case "w:tr": {
        const table = tables[tables.length - 1];
        if (!table) break;
        if (open && !close) {
          table.row = [];
          table.gridBefore = 0;
        } else if (!open && table.row) {
          table.rows.push(table.row);
          gridBefores[gridBefores.length - 1]?.push(table.gridBefore);
          table.row = null;
        }
        break;
      }
      case "w:gridBefore": {
        const table = tables[tables.length - 1];
        if (table && open) table.gridBefore = Number(attribute(attributes, "w:val") ?? 0) || 0;
        break;
      }
      case "w:tc": {
        const table = tables[tables.length - 1];
        if (!table) break;
        if (open && !close) table.cell = { lines: [], span: 1 };
        else if (!open && table.cell && table.row) {
          const cell = table.cell;
          table.row.push({ text: cell.lines.join("\n").trim(), span: cell.span, ...(cell.vMerge ? { vMerge: cell.vMerge } : {}) });
          table.cell = null;
        }
        break;
      }
      case "w:gridSpan": {
        const cell = tables[tables.length - 1]?.cell;
        if (cell && open) cell.span = Math.max(1, Number(attribute(attributes, "w:val") ?? 1) || 1);
        break;
      }
      case "w:vMerge": {
        const cell = tables[tables.length - 1]?.cell;
        if (cell && open) cell.vMerge = attribute(attributes, "w:val") === "restart" ? "restart" : "continue";
        break;
      }
      default:
        break;
    }
  }
  flushText();
  return blocks;
}
