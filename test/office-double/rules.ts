/** The rules on a range: conditional formats (custom and cell-value) and data validation. */
import { ClientResultDouble, type Located, ProxyDouble, type RequestQueue } from "./proxy";
import { type ConditionalFormatState, type ValidationState, intersects, officeError } from "./state";

export class ConditionalFormatCollectionDouble extends ProxyDouble {
  readonly className = "ConditionalFormatCollection";
  readonly scalars = ["items"];
  constructor(
    ctx: RequestQueue,
    private readonly resolve: () => Located,
  ) {
    super(ctx);
  }
  private covering(): ConditionalFormatState[] {
    const { sheet, box } = this.resolve();
    return sheet.conditionalFormats.filter((cf) => intersects(cf.box, box));
  }
  protected read(): unknown {
    return this.covering().map((cf) => new ConditionalFormatDouble(this.ctx, () => cf));
  }
  add(type: string): ConditionalFormatDouble {
    let created: ConditionalFormatState | undefined;
    this.ctx.enqueue(() => {
      const { sheet, box } = this.resolve();
      this.ctx.state.assertEditable(sheet, "ConditionalFormatCollection.add");
      created = { id: this.ctx.state.newId(), box, type };
      sheet.conditionalFormats.push(created);
      this.ctx.state.record(sheet, box, "conditionalFormat.add", type);
    });
    return new ConditionalFormatDouble(this.ctx, () => {
      if (!created) throw officeError("ItemNotFound", "ConditionalFormat");
      return created;
    });
  }
  clearAll(): void {
    this.ctx.enqueue(() => {
      const { sheet, box } = this.resolve();
      this.ctx.state.assertEditable(sheet, "ConditionalFormatCollection.clearAll");
      const kept = sheet.conditionalFormats.filter((cf) => !intersects(cf.box, box));
      sheet.conditionalFormats.splice(0, sheet.conditionalFormats.length, ...kept);
      this.ctx.state.record(sheet, box, "conditionalFormat.clearAll");
    });
  }
  getCount(): ClientResultDouble<number> {
    return new ClientResultDouble(this.ctx, () => this.covering().length);
  }
}

/** A part of one conditional format: reads nothing back, writes into the format's state. */
abstract class ConditionalPartDouble extends ProxyDouble {
  constructor(
    ctx: RequestQueue,
    protected readonly resolve: () => ConditionalFormatState,
  ) {
    super(ctx);
  }
  protected read(name: string): unknown {
    throw officeError("PropertyNotLoaded", `${this.className}.${name}`);
  }
}

/** custom.rule.formula, custom.format.fill.color, custom.format.font.color|bold, cellValue.rule … */
class ConditionalFormatDouble extends ConditionalPartDouble {
  readonly className = "ConditionalFormat";
  readonly scalars = ["type", "id", "stopIfTrue"];
  override readonly writable = ["stopIfTrue"];
  readonly custom: CustomConditionalFormatDouble;
  readonly cellValue: CellValueConditionalFormatDouble;
  constructor(ctx: RequestQueue, resolve: () => ConditionalFormatState) {
    super(ctx, resolve);
    this.custom = new CustomConditionalFormatDouble(ctx, resolve);
    this.cellValue = new CellValueConditionalFormatDouble(ctx, resolve);
  }
  protected override read(name: string): unknown {
    const cf = this.resolve();
    return name === "type" ? cf.type : name === "id" ? String(cf.id) : (cf.stopIfTrue ?? false);
  }
  protected override write(_name: string, value: unknown): void {
    this.resolve().stopIfTrue = value as boolean;
  }
  delete(): void {
    this.ctx.enqueue(() => {
      const cf = this.resolve();
      for (const sheet of this.ctx.state.sheets) {
        const i = sheet.conditionalFormats.indexOf(cf);
        if (i >= 0) sheet.conditionalFormats.splice(i, 1);
      }
    });
  }
}

/** Fails unless the format is of `type`, as Excel refuses custom.rule on a cell-value format. */
function ofType(cf: ConditionalFormatState, type: string, location: string): ConditionalFormatState {
  if (cf.type !== type) throw officeError("InvalidOperation", location);
  return cf;
}

class CustomConditionalFormatDouble extends ConditionalPartDouble {
  readonly className = "CustomConditionalFormat";
  readonly scalars = [];
  readonly rule: ConditionalFormatRuleDouble;
  readonly format: ConditionalRangeFormatDouble;
  constructor(ctx: RequestQueue, resolve: () => ConditionalFormatState) {
    super(ctx, resolve);
    this.rule = new ConditionalFormatRuleDouble(ctx, () => ofType(resolve(), "Custom", "ConditionalFormat.custom"));
    this.format = new ConditionalRangeFormatDouble(ctx, resolve);
  }
}

class ConditionalFormatRuleDouble extends ConditionalPartDouble {
  readonly className = "ConditionalFormatRule";
  readonly scalars = ["formula"];
  override readonly writable = this.scalars;
  protected override write(_name: string, value: unknown): void {
    this.resolve().rule = value;
  }
}

class CellValueConditionalFormatDouble extends ConditionalPartDouble {
  readonly className = "CellValueConditionalFormat";
  readonly scalars = ["rule"];
  override readonly writable = this.scalars;
  readonly format: ConditionalRangeFormatDouble;
  constructor(ctx: RequestQueue, resolve: () => ConditionalFormatState) {
    super(ctx, resolve);
    this.format = new ConditionalRangeFormatDouble(ctx, resolve);
  }
  protected override write(_name: string, value: unknown): void {
    ofType(this.resolve(), "CellValue", "ConditionalFormat.cellValue").rule = value;
  }
}

class ConditionalRangeFormatDouble extends ConditionalPartDouble {
  readonly className = "ConditionalRangeFormat";
  readonly scalars = [];
  readonly fill: ConditionalRangeFillDouble;
  readonly font: ConditionalRangeFontDouble;
  constructor(ctx: RequestQueue, resolve: () => ConditionalFormatState) {
    super(ctx, resolve);
    this.fill = new ConditionalRangeFillDouble(ctx, resolve);
    this.font = new ConditionalRangeFontDouble(ctx, resolve);
  }
}

class ConditionalRangeFillDouble extends ConditionalPartDouble {
  readonly className = "ConditionalRangeFill";
  readonly scalars = ["color"];
  override readonly writable = this.scalars;
  protected override write(_name: string, value: unknown): void {
    this.resolve().fill = (value as string).toUpperCase();
  }
}

class ConditionalRangeFontDouble extends ConditionalPartDouble {
  readonly className = "ConditionalRangeFont";
  readonly scalars = ["color", "bold"];
  override readonly writable = this.scalars;
  protected override write(name: string, value: unknown): void {
    const cf = this.resolve();
    if (name === "bold") cf.fontBold = value as boolean;
    else cf.fontColor = (value as string).toUpperCase();
  }
}

export class DataValidationDouble extends ProxyDouble {
  readonly className = "DataValidation";
  readonly scalars = ["rule", "type", "errorAlert"];
  override readonly writable = ["rule", "errorAlert"];
  constructor(
    ctx: RequestQueue,
    private readonly resolve: () => Located,
  ) {
    super(ctx);
  }
  private covering(): ValidationState | undefined {
    const { sheet, box } = this.resolve();
    return [...sheet.validations].reverse().find((v) => intersects(v.box, box));
  }
  protected read(name: string): unknown {
    const found = this.covering();
    if (name === "type") return found ? Object.keys(found.rule as object)[0] : "None";
    return name === "rule" ? (found?.rule ?? {}) : found?.errorAlert;
  }
  protected override write(name: string, value: unknown): void {
    if (name === "errorAlert") {
      const found = this.covering();
      if (found) found.errorAlert = value;
      return;
    }
    const { sheet, box } = this.resolve();
    this.ctx.state.assertEditable(sheet, "DataValidation.rule");
    const keys = Object.keys((value ?? {}) as object);
    if (keys.length !== 1) throw officeError("InvalidArgument", "DataValidation.rule", "A rule has exactly one type.");
    sheet.validations.push({ box, rule: value });
    this.ctx.state.record(sheet, box, "dataValidation", value);
  }
  clear(): void {
    this.ctx.enqueue(() => {
      const { sheet, box } = this.resolve();
      this.ctx.state.assertEditable(sheet, "DataValidation.clear");
      const kept = sheet.validations.filter((v) => !intersects(v.box, box));
      sheet.validations.splice(0, sheet.validations.length, ...kept);
      this.ctx.state.record(sheet, box, "dataValidation.clear");
    });
  }
}
