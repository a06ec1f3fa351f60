/** Charts: a sheet's collection, a chart, its title, legend and series. */
import { boxAddress } from "./address";
import { ProxyDouble, type RequestQueue } from "./proxy";
import type { RangeDouble } from "./range";
import { type ChartState, type SheetState, officeError } from "./state";

type SeriesState = ChartState["series"][number];

export class ChartCollectionDouble extends ProxyDouble {
  readonly className = "ChartCollection";
  readonly scalars = ["items", "count"];
  constructor(
    ctx: RequestQueue,
    private readonly sheet: () => SheetState,
  ) {
    super(ctx);
  }
  protected read(name: string): unknown {
    const charts = this.sheet().charts;
    if (name === "count") return charts.length;
    return charts.map((chart) => new ChartDouble(this.ctx, this.sheet, () => chart).loadNow());
  }
  private byName(name: string): () => ChartState {
    return () => {
      const chart = this.sheet().charts.find((c) => c.name === name);
      if (!chart) throw officeError("ItemNotFound", "ChartCollection.getItem", `No chart "${name}".`);
      return chart;
    };
  }
  getItem(name: string): ChartDouble {
    return new ChartDouble(this.ctx, this.sheet, this.byName(name));
  }
  getItemOrNullObject(name: string): ChartDouble {
    return new ChartDouble(this.ctx, this.sheet, this.byName(name), () => this.sheet().charts.some((c) => c.name === name));
  }
  add(type: string, sourceData: RangeDouble, seriesBy = "Auto"): ChartDouble {
    let created: ChartState | undefined;
    this.ctx.enqueue(() => {
      const sheet = this.sheet();
      this.ctx.state.assertEditable(sheet, "ChartCollection.add");
      const source = sourceData.resolve();
      created = {
        id: this.ctx.state.newId(),
        name: `Chart ${sheet.charts.length + 1}`,
        type,
        sourceAddress: this.ctx.state.address(source.sheet, source.box),
        seriesBy,
        title: "",
        series: [{ name: "Series1", values: this.ctx.state.address(source.sheet, source.box) }],
      };
      sheet.charts.push(created);
      this.ctx.state.record(sheet, source.box, "chart.add", { type, seriesBy });
    });
    return new ChartDouble(this.ctx, this.sheet, () => {
      if (!created) throw officeError("ItemNotFound", "ChartCollection.add");
      return created;
    });
  }
}

/** A part of a chart the double keeps no state for but the title text: writes are queued, reads need a load. */
abstract class ChartPartDouble extends ProxyDouble {
  constructor(
    ctx: RequestQueue,
    protected readonly resolve: () => ChartState,
    exists?: () => boolean,
  ) {
    super(ctx, exists);
  }
  protected read(name: string): unknown {
    throw officeError("PropertyNotLoaded", `${this.className}.${name}`);
  }
  protected override write(_name: string, _value: unknown): void {
    this.resolve();
  }
}

class ChartDouble extends ChartPartDouble {
  readonly className = "Chart";
  readonly scalars = ["name", "chartType", "id"];
  override readonly writable = ["name"];
  readonly title: ChartTitleDouble;
  readonly legend: ChartLegendDouble;
  readonly series: ChartSeriesCollectionDouble;
  constructor(
    ctx: RequestQueue,
    private readonly sheet: () => SheetState,
    resolve: () => ChartState,
    exists?: () => boolean,
  ) {
    super(ctx, resolve, exists);
    this.title = new ChartTitleDouble(ctx, resolve);
    this.legend = new ChartLegendDouble(ctx, resolve);
    this.series = new ChartSeriesCollectionDouble(ctx, resolve);
  }
  protected override read(name: string): unknown {
    const chart = this.resolve();
    return name === "name" ? chart.name : name === "chartType" ? chart.type : `{chart-${chart.id}}`;
  }
  protected override write(_name: string, value: unknown): void {
    this.resolve().name = value as string;
  }
  setPosition(start: string | RangeDouble, end?: string | RangeDouble): void {
    const text = (cell: string | RangeDouble | undefined): string | undefined =>
      cell === undefined ? undefined : typeof cell === "string" ? cell : boxAddress(cell.resolve().box);
    this.ctx.enqueue(() => {
      const position = { start: text(start) as string, ...(end !== undefined ? { end: text(end) } : {}) };
      this.resolve().position = position as { start: string; end?: string };
    });
  }
  delete(): void {
    this.ctx.enqueue(() => {
      const charts = this.sheet().charts;
      charts.splice(charts.indexOf(this.resolve()), 1);
    });
  }
}

class ChartTitleDouble extends ChartPartDouble {
  readonly className = "ChartTitle";
  readonly scalars = ["text", "visible"];
  override readonly writable = this.scalars;
  protected override write(name: string, value: unknown): void {
    if (name === "text") this.resolve().title = value as string;
  }
}

class ChartLegendDouble extends ChartPartDouble {
  readonly className = "ChartLegend";
  readonly scalars = ["position", "visible"];
  override readonly writable = this.scalars;
}

class ChartSeriesCollectionDouble extends ChartPartDouble {
  readonly className = "ChartSeriesCollection";
  readonly scalars = ["count"];
  protected override read(): unknown {
    return this.resolve().series.length;
  }
  add(name?: string): ChartSeriesDouble {
    let created: SeriesState | undefined;
    this.ctx.enqueue(() => {
      const chart = this.resolve();
      created = { name: name ?? `Series${chart.series.length + 1}` };
      chart.series.push(created);
    });
    return new ChartSeriesDouble(this.ctx, () => {
      if (!created) throw officeError("ItemNotFound", "ChartSeriesCollection.add");
      return created;
    });
  }
  getItemAt(index: number): ChartSeriesDouble {
    return new ChartSeriesDouble(this.ctx, () => {
      const found = this.resolve().series[index];
      if (!found) throw officeError("ItemNotFound", "ChartSeriesCollection.getItemAt");
      return found;
    });
  }
}

/** A chart series: name, values and category labels, set from ranges. */
class ChartSeriesDouble extends ProxyDouble {
  readonly className = "ChartSeries";
  readonly scalars = ["name"];
  override readonly writable = this.scalars;
  constructor(
    ctx: RequestQueue,
    private readonly resolve: () => SeriesState,
  ) {
    super(ctx);
  }
  protected read(): unknown {
    return this.resolve().name;
  }
  protected override write(_name: string, value: unknown): void {
    this.resolve().name = value as string;
  }
  private fromRange(range: RangeDouble, apply: (series: SeriesState, address: string) => void): void {
    this.ctx.enqueue(() => {
      const { sheet, box } = range.resolve();
      apply(this.resolve(), this.ctx.state.address(sheet, box));
    });
  }
  setValues(range: RangeDouble): void {
    this.fromRange(range, (series, address) => (series.values = address));
  }
  setXAxisValues(range: RangeDouble): void {
    this.fromRange(range, (series, address) => (series.categories = address));
  }
  delete(): void {
    this.ctx.enqueue(() => {
      const target = this.resolve();
      for (const sheet of this.ctx.state.sheets) {
        for (const chart of sheet.charts) {
          const i = chart.series.indexOf(target);
          if (i >= 0) chart.series.splice(i, 1);
        }
      }
    });
  }
}
