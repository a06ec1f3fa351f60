/**
 * The review of one report: how many figures need a look and what the checks say, those figures first,
 * then the ones the report does not state, then every figure by section, folded. Fits two screens of a
 * task pane whatever the report.
 */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Text, makeStyles, tokens } from "@fluentui/react-components";
import { memo, useCallback } from "react";
import type { FieldId } from "../../domain/record/fields";
import { FindingList } from "../checks/FindingList";
import { severitySummary } from "../checks/bySeverity";
import { countOf } from "../wording";
import { FigureRow } from "./FigureRow";
import type { ReadyItem } from "./importState";
import { type FigureToReview, onlyMissing, reviewOf } from "./review";
import { SECTIONS } from "./sections";

const useStyles = makeStyles({
  review: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  rows: { display: "flex", flexDirection: "column" },
});

export interface ReportReviewProps {
  readonly item: ReadyItem;
  readonly onEdit: (id: number, field: FieldId, text: string) => void;
}

// Memoised: other reports being read must not re-render the one on screen.
export const ReportReview = memo(function ReportReview({ item, onEdit }: ReportReviewProps) {
  const styles = useStyles();
  // Recomputed on each keystroke: one record's checks take well under a millisecond.
  const { confirmed, findings, toReview } = reviewOf(item.extraction, item.inputs);
  const reasonsOf = new Map(toReview.map((figure) => [figure.field, figure.reasons]));
  const edit = useCallback((field: FieldId, text: string) => onEdit(item.id, field, text), [item.id, onEdit]);
  const idPrefix = `report-${item.id}`;
  const row = (field: FieldId, prefix: string) => (
    <FigureRow
      key={field}
      field={field}
      extraction={item.extraction}
      text={item.text}
      input={item.inputs[field]}
      error={confirmed.errors[field]}
      reasons={reasonsOf.get(field) ?? []}
      idPrefix={`${idPrefix}-${prefix}`}
      onEdit={edit}
    />
  );
  const toLook = toReview.filter((figure) => !onlyMissing(figure));
  const missing: readonly FigureToReview[] = toReview.filter(onlyMissing);
  const commune = confirmed.record.commune;
  return (
    <section className={styles.review} aria-labelledby={`${idPrefix}-heading`} data-report={item.name}>
      <Text as="h3" id={`${idPrefix}-heading`} size={400} weight="semibold" className={styles.heading}>
        {commune ? `Số liệu của ${commune}` : `Số liệu trích từ “${item.name}”`}
      </Text>
      <Text as="p" className={styles.heading}>
        {`${countOf(toLook.length)} số liệu cần xem, ${countOf(missing.length)} số liệu báo cáo không nêu; kết quả kiểm tra: ${severitySummary(findings)}.`}
      </Text>
      {toLook.length > 0 && (
        <div className={styles.rows} role="list" aria-label="Số liệu cần xem">
          {toLook.map((figure) => (
            <div role="listitem" key={figure.field}>
              {row(figure.field, "look")}
            </div>
          ))}
        </div>
      )}
      {findings.length > 0 && (
        <>
          <Text as="h4" size={300} weight="semibold" className={styles.heading}>
            Kết quả kiểm tra
          </Text>
          <FindingList findings={findings} emptyText="" headingLevel="h5" />
        </>
      )}
      <Accordion multiple collapsible>
        {missing.length > 0 && (
          <AccordionItem value="missing">
            <AccordionHeader as="h4" size="small">{`Báo cáo không nêu (${countOf(missing.length)})`}</AccordionHeader>
            <AccordionPanel>{missing.map((figure) => row(figure.field, "missing"))}</AccordionPanel>
          </AccordionItem>
        )}
        {SECTIONS.map((section) => (
          <AccordionItem key={section.title} value={section.title}>
            <AccordionHeader as="h4" size="small">{`${section.title} (${countOf(section.fields.length)} chỉ tiêu)`}</AccordionHeader>
            <AccordionPanel>{section.fields.map((field) => row(field, "all"))}</AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </section>
  );
});
