/**
 * The "Dự thảo" area: feeds the drafts panel with the communes of the sheet as the last "Tính lại"
 * read them (hand edits included) with their findings, staff's settings from "Mẫu kiến nghị" and
 * the selection stored for each commune in "Dự thảo". "Ghi vào sheet Dự thảo" writes one commune's
 * draft with staff's selection, which later recalculations keep.
 */
import { Text } from "@fluentui/react-components";
import { useCallback, useMemo, useState, useSyncExternalStore } from "react";
import { draftNotice } from "../../domain/drafts/draftNotice";
import type { DraftSelection } from "../../domain/drafts/selectionCell";
import { identityLabel, identityOf, recordKey } from "../../domain/workbook/identity";
import type { RecalculationResult } from "../../excel/recalculate";
import type { PanelProps } from "../adapters";
import { DraftsPanel } from "./DraftsPanel";

/** Selections written since a recalculation, which the recalculation's own do not show yet. */
interface Written {
  readonly after: RecalculationResult | undefined;
  readonly selections: ReadonlyMap<string, DraftSelection>;
}

export function DraftsArea({ adapters, notify }: PanelProps) {
  const { subscribe, latest } = adapters.recalculation;
  // The same snapshot serves a static render (the component tests).
  const outcome = useSyncExternalStore(subscribe, latest, latest);
  const [written, setWritten] = useState<Written>({ after: undefined, selections: new Map() });
  const byKey = useMemo(() => new Map((outcome?.checked ?? []).map((c) => [recordKey(c.record), c])), [outcome]);
  const communes = useMemo(() => {
    const since = written.after === outcome ? written.selections : new Map<string, DraftSelection>();
    return [...byKey].map(([key, { record }]) => ({
      key,
      name: identityLabel(identityOf(record)),
      selection: since.get(key) ?? outcome?.selections.get(key),
    }));
  }, [byKey, outcome, written]);
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
      setWritten((w) => ({ after: outcome, selections: new Map([...(w.after === outcome ? w.selections : []), [key, selection]]) }));
      notify({ intent: "success", message: summary });
    },
    [adapters, checkedFor, notify, outcome],
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
