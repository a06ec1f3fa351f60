/** Findings grouped by severity, each with its message and suggestion: in the import preview and in "Kiểm tra". */
import { Badge, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding, Severity } from "../../domain/checks/finding";
import { SEVERITY_LABEL, countOf } from "../wording";
import { bySeverity } from "./bySeverity";

const BADGE_COLOR: Readonly<Record<Severity, "danger" | "warning" | "informative">> = {
  lỗi: "danger",
  "cảnh báo": "warning",
  "thông tin": "informative",
};

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, marginBottom: tokens.spacingVerticalS },
  heading: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  suggestion: { color: tokens.colorNeutralForeground3 },
});

export interface FindingListProps {
  readonly findings: readonly Finding[];
  /** Said when there is no finding. */
  readonly emptyText: string;
  /** Heading level of the group titles, to fit the section they are in. */
  readonly headingLevel?: "h3" | "h4" | "h5";
}

export function FindingList({ findings, emptyText, headingLevel = "h3" }: FindingListProps) {
  const styles = useStyles();
  const groups = bySeverity(findings);
  if (groups.length === 0) return <Text as="p">{emptyText}</Text>;
  return (
    <div>
      {groups.map(({ severity, findings: inGroup }) => (
        <div key={severity} className={styles.group} data-severity={severity}>
          <Text as={headingLevel} weight="semibold" className={styles.heading}>
            <Badge appearance="filled" color={BADGE_COLOR[severity]}>
              {SEVERITY_LABEL[severity]}
            </Badge>
            {`${countOf(inGroup.length)} nội dung`}
          </Text>
          <ul className={styles.list}>
            {inGroup.map((finding, i) => (
              <li key={`${finding.rule}-${i}`} data-kind={finding.kind} data-fields={finding.fields.join(" ")}>
                <Text block>{finding.message}</Text>
                {finding.suggestion !== "" && (
                  <Text block size={200} className={styles.suggestion}>
                    {`Gợi ý: ${finding.suggestion}`}
                  </Text>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
