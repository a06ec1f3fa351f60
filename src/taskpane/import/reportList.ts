/**
 * The reports in the import list and how they change: added (pasted or picked), read one after
 * another, edited by staff, removed once written. A reducer, so the panel stays presentational.
 */
import type { Extraction } from "../../domain/record/extraction";
import type { FieldId } from "../../domain/record/fields";
import type { ReportItem } from "./reportItem";

export type ReportAction =
  | { readonly type: "add"; readonly items: readonly { readonly id: number; readonly name: string }[] }
  | { readonly type: "reading"; readonly id: number }
  | { readonly type: "read"; readonly id: number; readonly extraction: Extraction }
  | { readonly type: "failed"; readonly id: number; readonly message: string }
  | { readonly type: "edit"; readonly id: number; readonly field: FieldId; readonly text: string }
  | { readonly type: "remove"; readonly ids: readonly number[] };

function update(items: readonly ReportItem[], id: number, change: (item: ReportItem) => ReportItem): ReportItem[] {
  return items.map((item) => (item.id === id ? change(item) : item));
}

export function reportList(items: readonly ReportItem[], action: ReportAction): readonly ReportItem[] {
  switch (action.type) {
    case "add":
      return [...items, ...action.items.map(({ id, name }): ReportItem => ({ id, name, status: "waiting", inputs: {} }))];
    case "reading":
      return update(items, action.id, (item) => ({ ...item, status: "reading" }));
    case "read":
      return update(items, action.id, (item) => ({ ...item, status: "ready", extraction: action.extraction }));
    case "failed":
      return update(items, action.id, (item) => ({ ...item, status: "failed", failure: action.message }));
    case "edit":
      return update(items, action.id, (item) => ({ ...item, inputs: { ...item.inputs, [action.field]: action.text } }));
    case "remove":
      return items.filter((item) => !action.ids.includes(item.id));
  }
}
