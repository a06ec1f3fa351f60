/**
 * The task pane: title and "Tính lại", the notification area, and the three areas as keyboard-reachable tabs.
 * Each area's panel is its own chunk, loaded when first shown, so the pane appears before their code arrives.
 */
import { Button, Spinner, Tab, TabList, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, lazy, useCallback, useEffect, useState, type ComponentType } from "react";
import { errorMessage } from "../presentation/errorMessage";
import { outcomeNotice } from "../presentation/notice";
import type { PaneAdapters, PanelProps } from "./adapters";
import { ErrorBoundary } from "./ErrorBoundary";
import type { TopicNotice } from "./notices";
import { Notifications, noticeElementId, useNotices } from "./Notifications";

interface Area {
  readonly value: string;
  readonly label: string;
  readonly Panel: ComponentType<PanelProps>;
}

const AREAS: readonly Area[] = [
  {
    value: "import",
    label: "Nhập số liệu",
    Panel: lazy(() => import("./import/ImportPanel").then((m) => ({ default: m.ImportPanel }))),
  },
  {
    value: "checks",
    label: "Kiểm tra",
    Panel: lazy(() => import("./checks/ChecksPanel").then((m) => ({ default: m.ChecksPanel }))),
  },
  {
    value: "drafts",
    label: "Dự thảo",
    Panel: lazy(() => import("./drafts/DraftsArea").then((m) => ({ default: m.DraftsArea }))),
  },
];

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: tokens.spacingHorizontalM,
  },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  title: { margin: 0 },
  notices: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  panel: { paddingTop: tokens.spacingVerticalS, outlineOffset: "2px" },
});

/**
 * The ribbon's "Tính lại" runs outside the pane and changes the workbook: when staff come back to the
 * pane (focus, or the pane shown again), the workbook is read again so "Kiểm tra" and "Dự thảo" are not
 * stale. Only once the pane has read it at all: before that, those tabs ask for "Tính lại".
 */
function useRereadOnReturn(adapters: PaneAdapters, onError: (error: unknown) => void) {
  useEffect(() => {
    const reread = () => {
      if (document.visibilityState !== "visible" || adapters.workbook.latest() === undefined) return;
      adapters.reread().catch(onError);
    };
    window.addEventListener("focus", reread);
    document.addEventListener("visibilitychange", reread);
    return () => {
      window.removeEventListener("focus", reread);
      document.removeEventListener("visibilitychange", reread);
    };
  }, [adapters, onError]);
}

export interface AppProps {
  readonly adapters: PaneAdapters;
  /** Shown when the pane opens, e.g. Excel features this host lacks. */
  readonly initialNotices: readonly TopicNotice[];
}

export function App({ adapters, initialNotices }: AppProps) {
  const styles = useStyles();
  const { notices, notify, dismiss } = useNotices(initialNotices);
  const [selected, setSelected] = useState(AREAS[0]?.value);
  // Areas stay mounted once opened, hidden when not selected, so switching tabs keeps what staff typed.
  const [opened, setOpened] = useState<ReadonlySet<string | undefined>>(() => new Set([selected]));
  const [recalculating, setRecalculating] = useState(false);
  // The notice that reports "Tính lại", which takes the focus once shown: the button's result.
  const [focusNotice, setFocusNotice] = useState<number>();

  useEffect(() => {
    if (focusNotice !== undefined) document.getElementById(noticeElementId(focusNotice))?.focus();
  }, [focusNotice]);

  const rereadFailed = useCallback(
    (error: unknown) => notify({ topic: "reread", intent: "error", message: errorMessage("Chưa đọc lại được sổ tính", error) }),
    [notify],
  );
  useRereadOnReturn(adapters, rereadFailed);

  function select(value: string) {
    setSelected(value);
    setOpened((current) => (current.has(value) ? current : new Set([...current, value])));
  }

  async function recalculate() {
    setRecalculating(true);
    try {
      const result = await adapters.recalculate();
      setFocusNotice(notify({ topic: "recalculate", ...outcomeNotice(result.summary, result.notes) }));
    } catch (error) {
      setFocusNotice(notify({ topic: "recalculate", intent: "error", message: errorMessage("Không tính lại được sổ tính", error) }));
    } finally {
      setRecalculating(false);
    }
  }

  return (
    <main className={styles.pane}>
      <header className={styles.header}>
        <Text as="h1" size={500} weight="semibold" className={styles.title}>
          Kiểm tra CCHC cấp xã
        </Text>
        <Button
          appearance="primary"
          disabled={recalculating}
          icon={recalculating ? <Spinner size="tiny" /> : undefined}
          onClick={() => void recalculate()}
        >
          {recalculating ? "Đang tính lại…" : "Tính lại"}
        </Button>
      </header>
      <Notifications notices={notices} onDismiss={dismiss} className={styles.notices} />
      <TabList aria-label="Các phần của ngăn kiểm tra" selectedValue={selected} onTabSelect={(_, data) => select(String(data.value))}>
        {AREAS.map((a) => (
          <Tab key={a.value} value={a.value} id={`tab-${a.value}`} aria-controls={`panel-${a.value}`}>
            {a.label}
          </Tab>
        ))}
      </TabList>
      {AREAS.filter((area) => opened.has(area.value)).map((area) => (
        <div
          key={area.value}
          role="tabpanel"
          id={`panel-${area.value}`}
          aria-labelledby={`tab-${area.value}`}
          hidden={area.value !== selected}
          tabIndex={0}
          className={styles.panel}
        >
          <ErrorBoundary area={`phần "${area.label}"`}>
            <Suspense fallback={<Spinner size="small" label="Đang tải…" />}>
              <area.Panel adapters={adapters} />
            </Suspense>
          </ErrorBoundary>
        </div>
      ))}
    </main>
  );
}
