/**
 * Drafts a commune's section "III. KIẾN NGHỊ" and the figure sentences of section I: the
 * paragraphs the rules choose (plus those staff tick, minus those they untick), each with its
 * reason, in notice order.
 */
import type { Finding } from "../checks/finding";
import type { CommuneRecord } from "../record/fields";
import { type ParagraphSetting, applySettings } from "./templateSheet";
import { type DraftContext, PLACEHOLDERS, fillTemplate, placeholderValues } from "./placeholders";
import { type FigureSentence, figureSentences } from "./sentences";

export const DEFAULT_ONLINE_THRESHOLD = 0.9;

export interface DraftOptions {
  /** Staff's settings from the sheet "Mẫu kiến nghị"; defaults where absent. */
  readonly templates?: readonly ParagraphSetting[];
  /** Online share as a fraction (0.9 = 90%) below which online public services are pushed. */
  readonly onlineThreshold?: number;
  /** Ids of paragraphs staff ticked: optional ones, or rule paragraphs the rules did not choose. */
  readonly ticked?: readonly string[];
  /** Ids of rule paragraphs staff removed for this commune; a note says so. Ticked wins over unticked. */
  readonly unticked?: readonly string[];
}

export interface DraftedParagraph {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly reason: string;
}

/** Every paragraph staff may switch on or off for this commune, in notice order. */
export interface ParagraphChoice {
  readonly id: string;
  readonly title: string;
  readonly optional: boolean;
  /** The rules choose it from the figures, whatever staff selected. */
  readonly byRules: boolean;
  /** Drafted: chosen by the rules and not unticked, or ticked. */
  readonly chosen: boolean;
  /** For a paragraph not drafted: why staff might tick it, or null. */
  readonly suggestion: string | null;
}

export interface DraftResult {
  readonly recommendations: DraftedParagraph[];
  readonly sentences: FigureSentence[];
  /** What staff should know: blanks left in texts, figures replaced or kept despite a finding. */
  readonly notes: string[];
  readonly choices: ParagraphChoice[];
}

const TICKED_REASON = "do cán bộ chọn";

function thresholdOf(value: number | undefined, notes: string[]): number {
  if (value === undefined) return DEFAULT_ONLINE_THRESHOLD;
  if (Number.isFinite(value) && value > 0 && value <= 1) return value;
  notes.push(
    `Ngưỡng tỷ lệ trực tuyến “${String(value)}” không hợp lệ (phải là tỷ lệ từ 0 đến 1, ví dụ 0.9 là 90%); dùng ngưỡng mặc định 90%.`,
  );
  return DEFAULT_ONLINE_THRESHOLD;
}

export function draftNotice(record: CommuneRecord, findings: readonly Finding[], options: DraftOptions = {}): DraftResult {
  const notes: string[] = [];
  const context: DraftContext = { record, findings, onlineThreshold: thresholdOf(options.onlineThreshold, notes) };
  const ticked = new Set(options.ticked ?? []);
  const unticked = new Set(options.unticked ?? []);
  const paragraphs = applySettings(options.templates);
  for (const id of unticked) {
    if (!paragraphs.some((p) => p.rule.id === id)) notes.push(`Không có đoạn kiến nghị mã “${id}”; bỏ qua.`);
  }
  for (const id of ticked) {
    const known = paragraphs.find((p) => p.rule.id === id);
    if (!known) notes.push(`Không có đoạn kiến nghị mã “${id}”; bỏ qua.`);
    else if (!known.enabled) notes.push(`Đoạn “${known.rule.title}” đang tắt trong sheet “Mẫu kiến nghị”; không đưa vào.`);
  }
  const values = placeholderValues(context);
  const recommendations: DraftedParagraph[] = [];
  const choices: ParagraphChoice[] = [];
  for (const { rule, enabled, template } of paragraphs) {
    if (!enabled) continue;
    const why = rule.reason(context);
    const byRules = !rule.optional && why !== undefined;
    const removed = byRules && unticked.has(rule.id) && !ticked.has(rule.id);
    if (removed) notes.push(`Đoạn “${rule.title}” do cán bộ bỏ chọn nên không đưa vào (theo số liệu: ${why}).`);
    const automatic = byRules && !removed;
    const chosen = automatic || ticked.has(rule.id);
    choices.push({ id: rule.id, title: rule.title, optional: rule.optional, byRules, chosen, suggestion: chosen ? null : (why ?? null) });
    if (!chosen) continue;
    const { text, blanks } = fillTemplate(template, values);
    const reason = automatic ? why : why === undefined ? TICKED_REASON : `${TICKED_REASON}; gợi ý: ${why}`;
    recommendations.push({ id: rule.id, title: rule.title, text, reason });
    for (const blank of blanks) {
      notes.push(`Đoạn “${rule.title}”: hồ sơ chưa có ${PLACEHOLDERS[blank]}, để trống để điền.`);
    }
  }
  const figures = figureSentences(record, findings);
  return { recommendations, sentences: figures.sentences, notes: [...notes, ...figures.notes], choices };
}
