/** The task pane's entry: finds out where it runs, then renders the pane with the Office adapters. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { availableFeatures } from "../excel/requirements";
import type { CheckedWorkbook, PaneAdapters } from "./adapters";
import { App } from "./App";
import { latestResult } from "./checks/latestResult";
import { ErrorBoundary } from "./ErrorBoundary";
import { startupNotices, type PaneHost } from "./startup";

// The workbook's communes as last read, whether by "Tính lại" or by a re-read, for "Kiểm tra" and "Dự thảo".
const workbook = latestResult<CheckedWorkbook>();

// The Excel code loads on first use: the pane shows without waiting for it.
const officeAdapters: PaneAdapters = {
  recalculate: () => workbook.track(async () => (await import("../excel/recalculate")).recalculateWorkbook()),
  reread: () => workbook.track(async () => (await import("../excel/readCheckedWorkbook")).readCheckedRecords()),
  workbook,
  importRecords: async (rows, choices) => (await import("../excel/importRecords")).importRecords(rows, choices),
  writeDraftSelection: async (commune, selection) => (await import("../excel/writeDraftSelection")).writeDraftSelection(commune, selection),
};

async function detectHost(): Promise<PaneHost> {
  if (typeof Office === "undefined") return { kind: "no-office" };
  const info = await Office.onReady();
  if (info.host !== Office.HostType.Excel) return { kind: "outside-excel" };
  return { kind: "excel", availability: availableFeatures() };
}

async function start(container: HTMLElement) {
  const host = await detectHost();
  createRoot(container).render(
    <FluentProvider theme={webLightTheme} lang="vi">
      <ErrorBoundary area="ngăn kiểm tra">
        <App adapters={officeAdapters} initialNotices={startupNotices(host).map((n) => ({ topic: "startup", ...n }))} />
      </ErrorBoundary>
    </FluentProvider>,
  );
}

const container = document.getElementById("root");
// Old web views get the page for old Office from taskpane.html's inline script; the bundle leaves it alone.
if (container && !document.documentElement.classList.contains("legacy")) void start(container);
