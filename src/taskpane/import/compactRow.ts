/** The compact line shared by the queue's reports and the review's figures: a name that wraps, then fixed-width controls. */
import { tokens } from "@fluentui/react-components";

export const COMPACT_ROW = {
  row: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  line: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  /** The part that takes the room left and wraps, never pushing the controls out of the pane. */
  name: { flexGrow: 1, flexBasis: 0, minWidth: 0, overflowWrap: "anywhere" },
} as const;
