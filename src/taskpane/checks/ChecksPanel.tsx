/**
 * "Kiểm tra": the findings of the last "Tính lại" on every commune in the sheet, communes with the
 * most serious findings first, each grouped by severity with message and suggestion.
 */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useSyncExternalStore } from "react";
import { communeName, periodLabel } from "../../domain/workbook/identity";
import type { CheckedRecord } from "../../domain/workbook/workbookModel";
import type { PanelProps } from "../adapters";
import { countOf } from "../wording";
import { SEVERITIES, severitySummary } from "./bySeverity";
import { FindingList } from "./FindingList";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/** Rank of a commune's most serious finding (0 = lỗi); communes without findings last. */
function worst(checked: CheckedRecord): number {
  const ranks = checked.findings.map((f) => SEVERITIES.indexOf(f.severity));
  return ranks.length === 0 ? SEVERITIES.length : Math.min(...ranks);
}

function title(checked: CheckedRecord): string {
  const period = periodLabel(checked.record);
  return `${communeName(checked.record) || "(chưa có tên xã)"}${period ? ` (${period})` : ""}`;
}

export function ChecksPanel({ adapters }: PanelProps) {
  const styles = useStyles();
  const { subscribe, latest } = adapters.workbook;
  // The same snapshot serves a static render (the component tests).
  const outcome = useSyncExternalStore(subscribe, latest, latest);
  const checked = outcome ? [...outcome.checked].sort((a, b) => worst(a) - worst(b)) : [];
  const withFindings = checked.filter((c) => c.findings.length > 0);

  return (
    <section aria-labelledby="checks-heading" className={styles.panel}>
      <Text as="h2" id="checks-heading" size={400} weight="semibold" block>
        Kiểm tra số liệu
      </Text>
      {!outcome ? (
        <Text as="p" block>
          Bấm “Tính lại” để kiểm tra toàn bộ số liệu trong sổ tính: tổng không cân đối, tỷ lệ báo cáo nêu khác tỷ lệ tính từ số liệu, số văn
          bản trùng hoặc sai thứ tự, số liệu còn thiếu.
        </Text>
      ) : checked.length === 0 ? (
        <Text as="p" block>
          Sổ tính chưa có số liệu xã nào. Đề nghị nhập báo cáo của xã ở phần “Nhập số liệu”.
        </Text>
      ) : (
        <>
          <Text as="p" block>
            {`Đã kiểm tra ${countOf(checked.length)} xã: ${countOf(withFindings.length)} xã có nội dung cần xem lại.`}
          </Text>
          {/* Keyed by the communes with findings, so a new result opens those it concerns. */}
          <Accordion key={withFindings.map(title).join("\n")} multiple collapsible defaultOpenItems={withFindings.map(title)}>
            {checked.map((c) => (
              <AccordionItem key={title(c)} value={title(c)}>
                <AccordionHeader as="h3">{`${title(c)}: ${severitySummary(c.findings)}`}</AccordionHeader>
                <AccordionPanel>
                  <FindingList findings={c.findings} emptyText="Các số liệu khớp nhau." headingLevel="h4" />
                </AccordionPanel>
              </AccordionItem>
            ))}
          </Accordion>
        </>
      )}
    </section>
  );
}
