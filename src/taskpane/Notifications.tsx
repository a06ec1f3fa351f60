/** The notification area at the top of the pane: one MessageBar per notice, each dismissable. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { useCallback, useRef, useState } from "react";
import { addNotice, dismissNotice, type Notice, type NoticeInput, type Notify } from "./notices";

export function useNotices(initial: readonly NoticeInput[]): {
  notices: readonly Notice[];
  notify: Notify;
  dismiss: (id: number) => void;
} {
  const [notices, setNotices] = useState<readonly Notice[]>(() => initial.map((input, i) => ({ ...input, id: i + 1 })));
  const nextId = useRef(initial.length + 1);
  const notify = useCallback<Notify>((input) => {
    const id = nextId.current++;
    setNotices((current) => addNotice(current, input, id));
  }, []);
  const dismiss = useCallback((id: number) => setNotices((current) => dismissNotice(current, id)), []);
  return { notices, notify, dismiss };
}

export function Notifications(props: {
  notices: readonly Notice[];
  onDismiss: (id: number) => void;
  className?: string;
}) {
  return (
    <div role="region" aria-label="Thông báo" aria-live="polite" className={props.className}>
      {props.notices.map((notice) => (
        <MessageBar key={notice.id} intent={notice.intent} layout="multiline">
          <MessageBarBody>
            {notice.title && <MessageBarTitle>{notice.title}</MessageBarTitle>}
            {notice.message}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" aria-label="Đóng thông báo" onClick={() => props.onDismiss(notice.id)}>
                ✕
              </Button>
            }
          />
        </MessageBar>
      ))}
    </div>
  );
}
