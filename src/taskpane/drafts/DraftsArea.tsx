/**
 * The "Dự thảo" area: feeds the drafts panel with the communes of the sheet as the last "Tính lại"
 * read them (hand edits included) with their findings and staff's settings from "Mẫu kiến nghị".
 * Writing to the sheet "Dự thảo" is the recalculation's job, which rewrites every commune's draft.
 */
import { Text } from "@fluentui/react-components";
import { useCallback, useMemo, useSyncExternalStore } from "react";
import { type DraftResult, draftNotice } from "../../domain/drafts/draftNotice";
import { communeName, periodLabel, recordKey } from "../../domain/workbook/identity";
import type { PanelProps } from "../adapters";
import { DraftsPanel } from "./DraftsPanel";

export function DraftsArea({ adapters }: PanelProps) {
  const { subscribe, latest } = adapters.recalculation;
  // The same snapshot serves a static render (the component tests).
  const outcome = useSyncExternalStore(subscribe, latest, latest);
  const byKey = useMemo(() => new Map((outcome?.checked ?? []).map((c) => [recordKey(c.record), c])), [outcome]);
  const communes = useMemo(
    () =>
      [...byKey].map(([key, { record }]) => {
        const period = periodLabel(record);
        return { key, name: period ? `${communeName(record)} (${period})` : communeName(record) };
      }),
    [byKey],
  );
  const draftsFor = useCallback(
    (key: string, ticked: readonly string[]) => {
      const checked = byKey.get(key);
      if (!checked) throw new Error(`Không còn xã "${key}" trong bảng số liệu; đề nghị bấm "Tính lại".`);
      return draftNotice(checked.record, checked.findings, { ticked, templates: outcome?.templates });
    },
    [byKey, outcome],
  );
  // "Tính lại" writes every commune's draft as the rules and "Mẫu kiến nghị" choose it; a draft staff
  // changed (paragraphs ticked or unticked here) has no way into the sheet yet, so it is refused, not lost.
  const writeSheet = useCallback(
    async (key: string, kept: DraftResult) => {
      const asRulesChoose = draftsFor(key, []).recommendations.map((p) => p.id);
      if (kept.recommendations.map((p) => p.id).join() !== asRulesChoose.join()) {
        throw new Error(
          "sheet “Dự thảo” chỉ ghi các đoạn do quy tắc và sheet “Mẫu kiến nghị” chọn; các đoạn vừa đánh dấu thêm hoặc bỏ chọn chưa ghi được vào sheet. Đề nghị dùng “Sao chép tất cả” rồi dán vào văn bản.",
        );
      }
      await adapters.recalculate();
    },
    [adapters, draftsFor],
  );

  if (!outcome) {
    return (
      <section aria-labelledby="drafts-heading">
        <Text as="h2" id="drafts-heading" size={400} weight="semibold" block>
          Dự thảo kiến nghị
        </Text>
        <Text as="p" block>
          Bấm &quot;Tính lại&quot; để đọc số liệu các xã trong bảng (kể cả số liệu đã sửa trực tiếp) và kết quả kiểm tra, rồi
          dự thảo kiến nghị cho từng xã.
        </Text>
      </section>
    );
  }
  return <DraftsPanel communes={communes} draftsFor={draftsFor} onWriteSheet={writeSheet} />;
}
