/**
 * Keeps a rendering fault in one area from blanking the whole pane: the area is replaced by a Vietnamese
 * error with a retry button, the rest of the pane keeps working.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { Component, type ErrorInfo, type ReactNode } from "react";
import { errorMessage } from "../presentation/errorMessage";

interface ErrorBoundaryProps {
  /** What the area is, for the message: "Không hiển thị được <area>". */
  readonly area: string;
  readonly children: ReactNode;
}

interface ErrorBoundaryState {
  readonly error: unknown;
  readonly failed: boolean;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: undefined, failed: false };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept for whoever opens the developer tools; staff read the message on screen.
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Đã xảy ra lỗi</MessageBarTitle>
          {errorMessage(`Không hiển thị được ${this.props.area}`, this.state.error)}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => this.setState({ error: undefined, failed: false })}>Thử lại</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
