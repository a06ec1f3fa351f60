/**
 * The result of the last run of an operation, shared by whoever started it: the shell's "Tính lại"
 * and the "Kiểm tra" panel's own button run the same recalculation, and the panels that show its
 * findings and records re-render when a new result arrives, whichever button was pressed.
 */

export interface LatestResult<T> {
  /** Runs the operation; on success its result becomes the latest and listeners are told. */
  readonly run: () => Promise<T>;
  readonly latest: () => T | undefined;
  /** For React's useSyncExternalStore: returns the unsubscribe function. */
  readonly subscribe: (listener: () => void) => () => void;
}

export function latestResult<T>(operation: () => Promise<T>): LatestResult<T> {
  let latest: T | undefined;
  const listeners = new Set<() => void>();
  return {
    run: async () => {
      const result = await operation();
      latest = result;
      for (const listener of [...listeners]) listener();
      return result;
    },
    latest: () => latest,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
