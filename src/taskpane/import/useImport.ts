/**
 * The import's state and steps as one hook: the reducer holds everything the panel shows, the steps
 * (importSteps.ts) do the reading and writing, one report after another, each cancellable while read.
 */
import { useCallback, useEffect, useReducer, useRef } from "react";
import type { ImportRecords } from "../../excel/importRecords";
import { INITIAL_IMPORT, importState } from "./importState";
import { type NamedSource, type PickedFile, type Readers, groupFiles, readSource, writeReports } from "./importSteps";
import { countOf } from "../wording";

/** Lets the browser paint the queue between two reports of a long list. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function useImport(importRecords: ImportRecords, readers: Readers) {
  const [state, dispatch] = useReducer(importState, INITIAL_IMPORT);
  const nextId = useRef(1);
  const pastes = useRef(0);
  const queue = useRef(Promise.resolve());
  const controllers = useRef(new Map<number, AbortController>());
  // The write reads the state as it is when staff press the button, not as it was at the last render.
  const current = useRef(state);
  useEffect(() => {
    current.current = state;
  }, [state]);

  const add = useCallback(
    (sources: readonly NamedSource[]) => {
      const added = sources.map((source) => ({ id: nextId.current++, source }));
      dispatch({ type: "add", items: added.map(({ id, source }) => ({ id, name: source.name })) });
      for (const { id, source } of added) {
        const controller = new AbortController();
        controllers.current.set(id, controller);
        queue.current = queue.current.then(async () => {
          if (controller.signal.aborted) return;
          dispatch({ type: "reading", id });
          await nextFrame();
          const options = {
            signal: controller.signal,
            onProgress: (progress: { page: number; pages: number }) => dispatch({ type: "progress", id, progress }),
          };
          dispatch(await readSource(id, source, readers, options));
          controllers.current.delete(id);
        });
      }
    },
    [readers],
  );

  /** Queues the pasted text; false when there is nothing to read (the message says so). */
  const addPasted = useCallback(
    (text: string): boolean => {
      if (text.trim() === "") {
        dispatch({
          type: "add-message",
          message: { intent: "warning", message: "Chưa có nội dung để trích xuất; đề nghị dán nội dung báo cáo vào ô trên." },
        });
        return false;
      }
      pastes.current++;
      add([{ name: `Nội dung dán lần ${countOf(pastes.current)}`, source: { kind: "text", text } }]);
      return true;
    },
    [add],
  );

  const addFiles = useCallback(
    (files: readonly File[]) => {
      const picked: PickedFile[] = files.map((file) => ({ name: file.name, bytes: async () => new Uint8Array(await file.arrayBuffer()) }));
      add(groupFiles(picked));
    },
    [add],
  );

  /** Stops reading a report; it leaves the queue as if never added. */
  const cancel = useCallback((id: number) => {
    controllers.current.get(id)?.abort();
    controllers.current.delete(id);
    dispatch({ type: "cancelled", id });
  }, []);

  const write = useCallback(async () => {
    const snapshot = current.current;
    dispatch({ type: "write-started" });
    dispatch(await writeReports(snapshot, importRecords));
  }, [importRecords]);

  return { state, dispatch, addPasted, addFiles, cancel, write };
}
