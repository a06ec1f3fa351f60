/**
 * The sheet "Mẫu kiến nghị" where staff edit the paragraph texts and switch paragraphs on or
 * off: the catalogue as sheet rows, and the rows parsed back into settings. The Excel adapter
 * only moves these rows; every rule about their content lives here.
 */
import { formatCount } from "../format/vietnamese";
import { type ParagraphRule, DEFAULT_CATALOGUE } from "./catalogue";
import { PLACEHOLDERS, isPlaceholderName, placeholdersIn } from "./placeholders";

export const TEMPLATE_SHEET_NAME = "Mẫu kiến nghị";

export const TEMPLATE_SHEET_HEADER = ["Mã", "Tiêu đề", "Bật/tắt", "Nội dung mẫu", "Điều kiện"] as const;

const ON = "Bật";
const OFF = "Tắt";

/** Staff's choice for one paragraph; `text` null means the default text. */
export interface ParagraphSetting {
  readonly id: string;
  readonly enabled: boolean;
  readonly text: string | null;
}

/** A cell as the Excel adapter hands it over. */
export type SheetCell = string | number | boolean | null | undefined;

/** A catalogue paragraph with the staff's settings applied. */
export interface EffectiveParagraph {
  readonly rule: ParagraphRule;
  readonly enabled: boolean;
  readonly template: string;
}

/** The catalogue with settings applied; paragraphs without a setting keep their defaults. */
export function applySettings(
  settings: readonly ParagraphSetting[] = [],
  catalogue: readonly ParagraphRule[] = DEFAULT_CATALOGUE,
): EffectiveParagraph[] {
  return catalogue.map((rule) => {
    const setting = settings.find((s) => s.id === rule.id);
    return {
      rule,
      enabled: setting?.enabled ?? true,
      template: setting?.text?.trim() ? setting.text.trim() : rule.template,
    };
  });
}

/** Header and one row per paragraph, showing the current text (staff's or default). */
export function catalogueToRows(
  settings: readonly ParagraphSetting[] = [],
  catalogue: readonly ParagraphRule[] = DEFAULT_CATALOGUE,
): string[][] {
  return [
    [...TEMPLATE_SHEET_HEADER],
    ...applySettings(settings, catalogue).map(({ rule, enabled, template }) => [
      rule.id,
      rule.title,
      enabled ? ON : OFF,
      template,
      rule.condition,
    ]),
  ];
}

/** "Các chỗ điền được: {xa} (tên xã, phường), …": the help line for staff editing texts. */
export function placeholderHelp(): string {
  return `Các chỗ điền được: ${Object.entries(PLACEHOLDERS)
    .map(([name, meaning]) => `{${name}} (${meaning})`)
    .join(", ")}.`;
}

function normalise(cell: SheetCell): string {
  return cell === null || cell === undefined ? "" : String(cell).trim();
}

function fold(text: string): string {
  return text.normalize("NFC").toLocaleLowerCase("vi").replace(/\s+/g, " ");
}

/** true, false, or undefined when the cell says neither. An empty cell means on. */
function parseSwitch(cell: SheetCell): boolean | undefined {
  if (typeof cell === "boolean") return cell;
  if (typeof cell === "number") return cell === 1 ? true : cell === 0 ? false : undefined;
  const text = fold(normalise(cell));
  if (["", "bật", "bat", "có", "x", "true", "1"].includes(text)) return true;
  if (["tắt", "tat", "không", "khong", "false", "0"].includes(text)) return false;
  return undefined;
}

/**
 * Settings read back from the sheet's rows (header first). Rows that cannot be used are left
 * out or fall back to the default, each with a message saying which row and why.
 */
export function parseTemplateRows(
  rows: readonly (readonly SheetCell[])[],
  catalogue: readonly ParagraphRule[] = DEFAULT_CATALOGUE,
): { settings: ParagraphSetting[]; messages: string[] } {
  const messages: string[] = [];
  const [header, ...body] = rows;
  const columns = (header ?? []).map((cell) => fold(normalise(cell)));
  const columnOf = (name: string): number => columns.indexOf(fold(name));
  const idColumn = columnOf("Mã");
  const switchColumn = columnOf("Bật/tắt");
  const textColumn = columnOf("Nội dung mẫu");
  if (idColumn < 0 || (switchColumn < 0 && textColumn < 0)) {
    messages.push(
      `Sheet “${TEMPLATE_SHEET_NAME}” không có dòng tiêu đề gồm các cột “Mã”, “Bật/tắt”, “Nội dung mẫu”; dùng nội dung mặc định.`,
    );
    return { settings: [], messages };
  }
  const settings: ParagraphSetting[] = [];
  body.forEach((row, index) => {
    const line = formatCount(index + 2, { padSmall: false });
    const id = normalise(row[idColumn]);
    if (!id) {
      if (row.some((cell) => normalise(cell) !== "")) messages.push(`Dòng ${line}: thiếu mã đoạn kiến nghị, bỏ qua.`);
      return;
    }
    if (!catalogue.some((rule) => rule.id === id)) {
      messages.push(`Dòng ${line}: mã “${id}” không có trong danh mục kiến nghị, bỏ qua.`);
      return;
    }
    if (settings.some((s) => s.id === id)) {
      messages.push(`Dòng ${line}: mã “${id}” đã có ở dòng trên, bỏ qua dòng này.`);
      return;
    }
    let enabled = switchColumn < 0 ? undefined : parseSwitch(row[switchColumn]);
    if (enabled === undefined) {
      if (switchColumn >= 0) {
        messages.push(`Dòng ${line}: cột “Bật/tắt” ghi “${normalise(row[switchColumn])}”, chỉ nhận “${ON}” hoặc “${OFF}”; coi là “${ON}”.`);
      }
      enabled = true;
    }
    let text: string | null = textColumn < 0 ? "" : normalise(row[textColumn]);
    const unknown = placeholdersIn(text).filter((name) => !isPlaceholderName(name));
    if (unknown.length > 0) {
      messages.push(
        `Dòng ${line} (mã “${id}”): chỗ điền không hợp lệ ${unknown.map((name) => `{${name}}`).join(", ")}; dùng nội dung mặc định. ${placeholderHelp()}`,
      );
      text = null;
    }
    settings.push({ id, enabled, text: text ? text : null });
  });
  return { settings, messages };
}
