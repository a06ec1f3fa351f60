/**
 * Everything the pane does to the outside world, as functions passed in: index.tsx gives the Office
 * implementations, tests give doubles. Panels that need more add their members here.
 */
import type { ImportRecords } from "../excel/importRecords";
import type { RecalculateWorkbook, RecalculationResult } from "../excel/recalculate";
import type { WriteDraftSelection } from "../excel/writeDraftSelection";
import type { LatestResult } from "./checks/latestResult";
import type { Notify } from "./notices";

export interface PaneAdapters {
  /** The "Tính lại" button: the same function the ribbon command runs. */
  readonly recalculate: RecalculateWorkbook;
  /** The result of the last `recalculate`, for the panels that show findings and drafts. */
  readonly recalculation: Pick<LatestResult<RecalculationResult>, "latest" | "subscribe">;
  /** "Ghi vào bảng": upserts the confirmed reports; conflicts come back unwritten for staff to decide. */
  readonly importRecords: ImportRecords;
  /** "Ghi vào sheet Dự thảo": one commune's draft with staff's selection, kept by later recalculations. */
  readonly writeDraftSelection: WriteDraftSelection;
}

/** What every tab's panel receives. */
export interface PanelProps {
  readonly adapters: PaneAdapters;
  readonly notify: Notify;
}
