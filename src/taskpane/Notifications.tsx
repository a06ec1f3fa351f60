/** The notification area under the pane's title: one titled MessageBar per topic, each dismissable. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useCallback, useRef, useState } from "react";
import { NOTICE_TITLES } from "../presentation/notice";
import { addNotice, dismissNotice, type Notice, type TopicNotice } from "./notices";

export function useNotices(initial: readonly TopicNotice[]): {
  notices: readonly Notice[];
  notify: (notice: TopicNotice) => number;
  dismiss: (id: number) => void;
} {
  const [notices, setNotices] = useState<readonly Notice[]>(() => initial.map((input, i) => ({ ...input, id: i + 1 })));
  const nextId = useRef(initial.length + 1);
  const notify = useCallback((input: TopicNotice) => {
    const id = nextId.current++;
    setNotices((current) => addNotice(current, input, id));
    return id;
  }, []);
  const dismiss = useCallback((id: number) => setNotices((current) => dismissNotice(current, id)), []);
  return { notices, notify, dismiss };
}

/** The id of a notice's element, for moving focus to the result of an operation. */
export const noticeElementId = (id: number) => `notice-${id}`;

export function Notifications(props: { notices: readonly Notice[]; onDismiss: (id: number) => void; className?: string }) {
  return (
    <div role="region" aria-label="Thông báo" aria-live="polite" className={props.className}>
      {props.notices.map((notice) => (
        <MessageBar
          key={notice.id}
          id={noticeElementId(notice.id)}
          intent={notice.intent}
          layout="multiline"
          tabIndex={-1}
          aria-labelledby={`${noticeElementId(notice.id)}-title`}
        >
          <MessageBarBody>
            <MessageBarTitle id={`${noticeElementId(notice.id)}-title`}>{NOTICE_TITLES[notice.intent]}</MessageBarTitle>
            <span>{notice.message}</span>
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
