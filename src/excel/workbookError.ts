/** A workbook the add-in cannot write safely: the message tells staff what to do, in Vietnamese. */
export class WorkbookError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkbookError";
  }
}
