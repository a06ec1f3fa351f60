/**
 * Everything the pane does to the outside world, as functions passed in: index.tsx gives the Office
 * implementations, tests give doubles. Panels that need more add their members here.
 */
import type { ImportRecords } from "../excel/importRecords";
import type { RecalculateWorkbook, RecalculationResult } from "../excel/recalculate";
import type { WriteDraftSelection } from "../excel/writeDraftSelection";
import type { LatestResult } from "./checks/latestResult";

/** The workbook's communes with their findings, staff's settings and selections: what the panels show. */
export type CheckedWorkbook = Pick<RecalculationResult, "checked" | "templates" | "selections">;

export interface PaneAdapters {
  /** The "Tính lại" button: the same function the ribbon command runs. */
  readonly recalculate: RecalculateWorkbook;
  /** Reads the workbook's checked communes without writing anything (after the ribbon's "Tính lại", a draft written). */
  readonly reread: () => Promise<CheckedWorkbook>;
  /** The communes as last read by either, for the panels that show findings and drafts. */
  readonly workbook: Pick<LatestResult<CheckedWorkbook>, "latest" | "subscribe">;
  /** "Ghi vào sổ tính": upserts the confirmed reports; conflicts come back unwritten for staff to decide. */
  readonly importRecords: ImportRecords;
  /** "Ghi vào trang tính “Dự thảo”": one commune's draft with staff's selection, kept by later recalculations. */
  readonly writeDraftSelection: WriteDraftSelection;
}

/** What every tab's panel receives; each shows its own results next to the button that caused them. */
export interface PanelProps {
  readonly adapters: PaneAdapters;
}
