/**
 * The workbook's communes as last read, shared by whoever read them: the shell's "Tính lại", the
 * re-read when staff come back to the pane (the ribbon's "Tính lại" may have changed the workbook) and
 * the re-read after a draft is written. The panels that show findings and drafts re-render when a
 * newer result arrives; a read that finishes after a later one started is dropped as stale.
 */
export interface LatestResult<T> {
  /** Runs a read; on success, unless a later read started meanwhile, its result becomes the latest. */
  readonly track: <R extends T>(read: () => Promise<R>) => Promise<R>;
  readonly latest: () => T | undefined;
  /** For React's useSyncExternalStore: returns the unsubscribe function. */
  readonly subscribe: (listener: () => void) => () => void;
}

export function latestResult<T>(): LatestResult<T> {
  let latest: T | undefined;
  let started = 0;
  const listeners = new Set<() => void>();
  return {
    track: async (read) => {
      const run = ++started;
      const result = await read();
      if (run === started) {
        latest = result;
        for (const listener of [...listeners]) listener();
      }
      return result;
    },
    latest: () => latest,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
