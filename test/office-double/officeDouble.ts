/**
 * A recording double of the Office JavaScript API for Excel, for tests in Node and in a browser
 * page. Like the real API it is a proxy model (proxy.ts): calls queue commands, `context.sync()`
 * runs them in order against an in-memory workbook (state.ts), and properties are readable only
 * after `load` and a sync (PropertyNotLoaded otherwise). Errors surface at sync with Office's codes
 * (ItemNotFound, AccessDenied on a protected sheet, InvalidArgument on a wrong shape, ApiNotFound
 * for a member above the host's requirement set); commands before the failing one stay applied,
 * as in Excel, so a test sees any half-written batch. The objects live by kind: workbook.ts,
 * worksheet.ts, range.ts, rules.ts (conditional formats, validation), table.ts, chart.ts.
 *
 * It records every sync and every write so tests can assert a constant number of round trips
 * and whole-range writes. No Node-only imports: browser.ts bundles it into a page.
 */
import { type Box, columnName, parseBox } from "./address";
import { hostSupports } from "./apiSets";
import { ExcelEnums } from "./enums";
import {
  type CellState,
  type FormulaEngine,
  type SheetState,
  type WriteRecord,
  OfficeDoubleError,
  WorkbookState,
  officeError,
} from "./state";
import { ContextDouble, type OfficeDoubleLog } from "./workbook";

export { ExcelEnums } from "./enums";
export { OfficeDoubleError, WorkbookState } from "./state";
export type { CellState, FormulaEngine, SheetState, TableState, WriteRecord } from "./state";
export type { OfficeDoubleLog } from "./workbook";

export interface OfficeDoubleOptions {
  host?: string;
  platform?: string;
  version?: string;
  /** Highest supported version of each requirement set, e.g. { ExcelApi: "1.12" }. Default ExcelApi 1.17. */
  requirementSets?: Record<string, string>;
  /** Calculates formula values; without one, formula cells read as "". */
  formulaEngine?: FormulaEngine;
  /** Adds Office.NotificationMessages (Outlook-style) that records what is shown. */
  notificationMessages?: boolean;
  displayLanguage?: string;
}

export interface OfficeDouble {
  readonly state: WorkbookState;
  readonly log: OfficeDoubleLog;
  readonly writes: readonly WriteRecord[];
  readonly requirementSets: Map<string, string>;
  readonly actions: Map<string, (event: unknown) => unknown>;
  /** Forgets syncs, runs and writes recorded so far (the workbook stays). */
  resetLog(): void;
  /** Calls a ribbon command registered with Office.actions.associate; resolves when it calls event.completed(). */
  invokeAction(id: string): Promise<void>;
  /** Test-side access without proxies or syncs. */
  sheet(name: string): SheetState | undefined;
  /** Values of a range as Excel would return them (formula cells calculated when an engine is set). */
  values(sheet: string, address: string): unknown[][];
  formulas(sheet: string, address: string): unknown[][];
  cell(sheet: string, address: string): CellState | undefined;
  /** Test-side set-up as a user would type (same interpretation rules as range.values). */
  type(sheet: string, address: string, values: unknown[][]): void;
  /** Removes the globals it installed. */
  uninstall(): void;
}

const HOST_TYPE = {
  Word: "Word",
  Excel: "Excel",
  PowerPoint: "PowerPoint",
  Outlook: "Outlook",
  OneNote: "OneNote",
  Project: "Project",
  Access: "Access",
};
const PLATFORM_TYPE = { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" };

/** Installs `Office`, `Excel` and `OfficeExtension` on `target` (globalThis in Node, window in a page). */
export function installOfficeDouble(target: object, options: OfficeDoubleOptions = {}): OfficeDouble {
  const globals = target as Record<string, unknown>;
  const previous = { Office: globals.Office, Excel: globals.Excel, OfficeExtension: globals.OfficeExtension };
  const state = new WorkbookState(options.formulaEngine);
  state.addSheet("Sheet1");
  state.writes.length = 0;
  const log: OfficeDoubleLog = { syncCount: 0, runCount: 0, notifications: [] };
  const requirementSets = new Map(
    Object.entries(options.requirementSets ?? { ExcelApi: "1.17", SharedRuntime: "1.1", RibbonApi: "1.1", DialogApi: "1.2" }),
  );
  const actions = new Map<string, (event: unknown) => unknown>();
  const host = options.host ?? HOST_TYPE.Excel;
  const platform = options.platform ?? PLATFORM_TYPE.PC;

  async function run<T>(first: unknown, second?: unknown): Promise<T> {
    const batch = (typeof first === "function" ? first : second) as (context: ContextDouble) => Promise<T> | T;
    if (typeof batch !== "function") throw officeError("InvalidArgument", "Excel.run", "A batch function is required.");
    log.runCount++;
    const context = new ContextDouble(state, log, requirementSets);
    const result = await batch(context);
    if (context.pending) await context.sync();
    return result;
  }

  const notificationMessages = {
    addAsync: (id: string, details: unknown, ...rest: unknown[]) => notify("add", id, details, rest),
    replaceAsync: (id: string, details: unknown, ...rest: unknown[]) => notify("replace", id, details, rest),
    removeAsync: (id: string, ...rest: unknown[]) => notify("remove", id, undefined, rest),
  };
  function notify(action: "add" | "replace" | "remove", id: string, details: unknown, rest: unknown[]): void {
    log.notifications.push({ id, action, ...(details !== undefined ? { details } : {}) });
    const callback = rest.find((r) => typeof r === "function") as ((result: unknown) => void) | undefined;
    callback?.({ status: "succeeded" });
  }

  globals.OfficeExtension = { Error: OfficeDoubleError, ErrorCodes: ExcelEnums.ErrorCodes };
  globals.Excel = { run, RequestContext: function RequestContext() {}, ...ExcelEnums };
  globals.Office = {
    HostType: HOST_TYPE,
    PlatformType: PLATFORM_TYPE,
    Platform: PLATFORM_TYPE,
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady: (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host, platform };
      callback?.(info);
      return Promise.resolve(info);
    },
    actions: { associate: (id: string, handler: (event: unknown) => unknown) => actions.set(id, handler) },
    context: {
      host,
      platform,
      displayLanguage: options.displayLanguage ?? "vi-VN",
      contentLanguage: options.displayLanguage ?? "vi-VN",
      diagnostics: { host, platform, version: options.version ?? "16.0.18000.20000" },
      requirements: {
        isSetSupported: (name: string, minVersion?: string | number) => {
          if (minVersion === undefined) return requirementSets.has(name);
          return hostSupports(requirementSets, `${name} ${minVersion}`);
        },
      },
    },
    ...(options.notificationMessages ? { NotificationMessages: notificationMessages } : {}),
  };

  const locate = (sheetName: string, address: string): { sheet: SheetState; box: Box } => {
    const sheet = state.sheetByName(sheetName);
    const box = parseBox(address);
    if (!sheet || !box) throw new Error(`No range ${sheetName}!${address} in the double`);
    return { sheet, box };
  };
  const read = (sheetName: string, address: string, pick: (cell: CellState | undefined) => unknown): unknown[][] => {
    const { sheet, box } = locate(sheetName, address);
    state.calculateIfNeeded();
    return Array.from({ length: box.rows }, (_, i) =>
      Array.from({ length: box.columns }, (_, j) => pick(state.cell(sheet, box.row + i, box.column + j))),
    );
  };

  return {
    state,
    log,
    get writes() {
      return state.writes;
    },
    requirementSets,
    actions,
    resetLog() {
      log.syncCount = 0;
      log.runCount = 0;
      log.notifications.length = 0;
      state.writes.length = 0;
    },
    async invokeAction(id: string) {
      const handler = actions.get(id);
      if (!handler) throw new Error(`No action "${id}" was associated`);
      await new Promise<void>((resolve, reject) => {
        Promise.resolve(handler({ completed: () => resolve(), source: { id } })).catch(reject);
      });
    },
    sheet: (name) => state.sheetByName(name),
    values: (sheet, address) => read(sheet, address, (cell) => cell?.value ?? ""),
    formulas: (sheet, address) => read(sheet, address, (cell) => cell?.formula ?? cell?.value ?? ""),
    cell: (sheet, address) => {
      const located = locate(sheet, address);
      return state.cell(located.sheet, located.box.row, located.box.column);
    },
    type(sheetName, address, values) {
      const { sheet, box } = locate(sheetName, address);
      const wasProtected = sheet.protected;
      sheet.protected = false; // the test stands for a user who typed before protecting
      try {
        state.writeContents(sheet, box, values, "values");
      } finally {
        sheet.protected = wasProtected;
        state.writes.pop();
      }
    },
    uninstall() {
      for (const [name, value] of Object.entries(previous)) {
        if (value === undefined) delete globals[name];
        else globals[name] = value;
      }
    },
  };
}

export { columnName };
