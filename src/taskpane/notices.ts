/**
 * The pane's notification area, under "Tính lại": what the pane says about itself as it opens and
 * what the last recalculation gave. One notice per topic: a new one replaces the old one of its topic.
 * The panels show their own results next to the button that caused them.
 */
import type { NoticeInput } from "../presentation/notice";

export type { NoticeInput, NoticeIntent } from "../presentation/notice";

/** What a notice is about; a later notice on the same topic replaces the earlier one. */
export type NoticeTopic = "startup" | "recalculate" | "reread";

export interface TopicNotice extends NoticeInput {
  readonly topic: NoticeTopic;
}

export interface Notice extends TopicNotice {
  readonly id: number;
}

export function addNotice(notices: readonly Notice[], input: TopicNotice, id: number): readonly Notice[] {
  return [{ ...input, id }, ...notices.filter((n) => n.topic !== input.topic)];
}

export function dismissNotice(notices: readonly Notice[], id: number): readonly Notice[] {
  return notices.filter((n) => n.id !== id);
}
