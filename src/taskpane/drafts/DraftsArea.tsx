/**
 * The "Dự thảo" area: feeds the drafts panel with the communes of the workbook as last read (by "Tính
 * lại" or a re-read; hand edits included) with their findings, staff's settings from "Mẫu kiến nghị"
 * and the selection stored for each commune in "Dự thảo". The workbook is the one source of truth:
 * after a draft is written, the workbook is read again, and the selection shown is the one stored.
 */
import { Text } from "@fluentui/react-components";
import { useCallback, useMemo, useSyncExternalStore } from "react";
import { draftNotice } from "../../domain/drafts/draftNotice";
import type { DraftSelection } from "../../domain/drafts/selectionCell";
import { identityLabel, identityOf, recordKey } from "../../domain/workbook/identity";
import type { PanelProps } from "../adapters";
import { DraftsPanel } from "./DraftsPanel";

export function DraftsArea({ adapters }: PanelProps) {
  const { subscribe, latest } = adapters.workbook;
  // The same snapshot serves a static render (the component tests).
  const outcome = useSyncExternalStore(subscribe, latest, latest);
  const byKey = useMemo(() => new Map((outcome?.checked ?? []).map((c) => [recordKey(c.record), c])), [outcome]);
  const communes = useMemo(
    () =>
      [...byKey].map(([key, { record }]) => ({ key, name: identityLabel(identityOf(record)), selection: outcome?.selections.get(key) })),
    [byKey, outcome],
  );
  const checkedFor = useCallback(
    (key: string) => {
      const checked = byKey.get(key);
      if (!checked) throw new Error(`Không còn xã "${key}" trong bảng số liệu; đề nghị bấm "Tính lại".`);
      return checked;
    },
    [byKey],
  );
  const draftsFor = useCallback(
    (key: string, selection: DraftSelection) => {
      const { record, findings } = checkedFor(key);
      return draftNotice(record, findings, { templates: outcome?.templates, ...selection });
    },
    [checkedFor, outcome],
  );
  const writeSheet = useCallback(
    async (key: string, selection: DraftSelection) => {
      const summary = await adapters.writeDraftSelection(identityOf(checkedFor(key).record), selection);
      // The draft is written; a failed re-read only leaves the selection shown as staff made it.
      await adapters.reread().catch(() => undefined);
      return summary;
    },
    [adapters, checkedFor],
  );

  if (!outcome) {
    return (
      <section aria-labelledby="drafts-heading">
        <Text as="h2" id="drafts-heading" size={400} weight="semibold" block>
          Dự thảo kiến nghị
        </Text>
        <Text as="p" block>
          Bấm “Tính lại” để đọc số liệu các xã trong sổ tính (kể cả số liệu đã sửa trực tiếp) và kết quả kiểm tra, rồi dự thảo kiến nghị cho
          từng xã.
        </Text>
      </section>
    );
  }
  return <DraftsPanel communes={communes} draftsFor={draftsFor} onWriteSheet={writeSheet} />;
}
