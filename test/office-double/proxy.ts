/**
 * The shape every object of the double shares, as Office.js proxies do: commands queue on the
 * request context and run at `context.sync()`; properties are readable only after `load` and a
 * sync (PropertyNotLoaded otherwise) and a property set reads back at once; `*OrNullObject`
 * results answer `isNullObject` after a sync. Each object also knows the requirement set of its
 * members (apiSets.ts): using one above the host's set fails the sync with ApiNotFound, as Excel
 * does, and the commands queued before it stay applied.
 */
import type { Box } from "./address";
import { hostSupports, requirementOf } from "./apiSets";
import type { SheetState, WorkbookState } from "./state";
import { officeError } from "./state";

export type Snapshot = Record<string, unknown>;
export type LoadSpec = string | readonly string[] | { select?: string; expand?: string } | undefined;

/** Where a range is: its sheet and its cells. */
export interface Located {
  sheet: SheetState;
  box: Box;
}

/** What the objects of one `Excel.run` share: the workbook, the host's sets and the queue of commands. */
export interface RequestQueue {
  readonly state: WorkbookState;
  /** Highest version of each requirement set the host offers. */
  readonly requirementSets: ReadonlyMap<string, string>;
  enqueue(command: () => void): void;
}

export function parseLoad(spec: LoadSpec): string[] {
  if (spec === undefined) return [];
  if (typeof spec === "string")
    return spec
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap((s: string) => parseLoad(s));
  const object = spec as { select?: string; expand?: string };
  return [...parseLoad(object.select), ...parseLoad(object.expand)];
}

function isAccessor(object: object, name: string): boolean {
  for (let o: object | null = object; o; o = Object.getPrototypeOf(o)) {
    const descriptor = Object.getOwnPropertyDescriptor(o, name);
    if (descriptor) return descriptor.set !== undefined || descriptor.get !== undefined;
  }
  return false;
}

/**
 * The proxy the code under test holds. Internal code works on the object itself, so only what the
 * code under test touches is checked against the host's sets: a method queues ApiNotFound before
 * its own commands, a navigation property (range.conditionalFormats) before anything done through it,
 * a property set before the change; `load` checks the properties it names. The declared scalars are
 * read and written here too, so each class lists its properties instead of spelling out accessors.
 */
function guarded<T extends ProxyDouble>(object: T): T {
  return new Proxy(object, {
    get(target, name, proxy) {
      if (typeof name !== "string") return Reflect.get(target, name, target);
      const scalar = target.scalars.includes(name) && !isAccessor(target, name) && !(name in target);
      const value = scalar ? target.property(name) : Reflect.get(target, name, target);
      const missing = target.missing(name, "get");
      if (typeof value === "function" && name !== "constructor") {
        return (...args: unknown[]) => {
          if (missing) target.refuse(name, missing);
          const result: unknown = (value as (...args: unknown[]) => unknown).apply(target, args);
          // load() and the like return the object itself: the code keeps holding the proxy.
          return result === target ? proxy : result;
        };
      }
      if (missing && value instanceof ProxyDouble) target.refuse(name, missing);
      return value;
    },
    set(target, name, value) {
      if (typeof name === "string" && (target.writable.includes(name) || isAccessor(target, name))) {
        const missing = target.missing(name, "set");
        if (missing) target.refuse(name, missing);
        if (target.writable.includes(name)) {
          target.assign(name, value);
          return true;
        }
      }
      return Reflect.set(target, name, value, target);
    },
  });
}

/** The common proxy behaviour: load, property access rules, null objects, toJSON and requirement sets. */
export abstract class ProxyDouble {
  private readonly snapshot: Snapshot = {};
  private readonly loaded = new Set<string>();
  private readonly local: Snapshot = {};
  private nullState: boolean | undefined;
  private readonly nullable: boolean;

  /** The Office.js class this object stands for, as the API-set table names it. */
  abstract readonly className: string;
  /** The properties `load` reads (collections: "items"). */
  abstract readonly scalars: readonly string[];
  /** The scalars the code may set, each applied at sync by `write`. */
  readonly writable: readonly string[] = [];

  constructor(
    protected readonly ctx: RequestQueue,
    exists?: () => boolean,
  ) {
    this.nullable = exists !== undefined;
    if (exists) ctx.enqueue(() => (this.nullState = !exists()));
    return guarded(this);
  }

  get context(): RequestQueue {
    return this.ctx;
  }

  get isNullObject(): boolean {
    if (!this.nullable) return false;
    if (this.nullState === undefined) throw officeError("PropertyNotLoaded", `${this.className}.isNullObject`);
    return this.nullState;
  }

  /** Reads a property on the resolved target, at sync time. */
  protected abstract read(name: string): unknown;

  /** Applies a property set at sync time (for the names in `writable`). */
  protected write(name: string, _value: unknown): void {
    throw officeError("InvalidArgument", `${this.className}.${name}`, "The double does not model this property as writable.");
  }

  /** Navigation properties that load paths may go through ("format/fill/color"). */
  protected navigation(_name: string): ProxyDouble | undefined {
    return undefined;
  }

  /** The requirement `member` needs when the host lacks it. */
  missing(member: string, access: "get" | "set"): string | undefined {
    const requirement = requirementOf(this.className, member, access);
    return requirement !== undefined && !hostSupports(this.ctx.requirementSets, requirement) ? requirement : undefined;
  }

  /** Queues the failure Excel gives for a member above the host's set. */
  refuse(member: string, requirement: string): void {
    const location = `${this.className}.${member}`;
    this.ctx.enqueue(() => {
      throw officeError("ApiNotFound", location, `(${location}: ExcelApi ${requirement})`);
    });
  }

  load(spec?: LoadSpec): this {
    for (const command of this.loadCommands(parseLoad(spec))) this.ctx.enqueue(command);
    return this;
  }

  /** Loads at once: for items a collection creates while a sync runs. */
  loadNow(spec?: LoadSpec): this {
    for (const command of this.loadCommands(parseLoad(spec))) command();
    return this;
  }

  private loadCommands(paths: readonly string[]): (() => void)[] {
    const commands: (() => void)[] = [];
    const own: string[] = [];
    const nested = new Map<string, string[]>();
    for (const path of paths) {
      const [head = "", ...rest] = path.split("/");
      if (head === "items" && this.scalars.includes("items")) {
        // A collection loads its items whole ("items/name" included).
        if (!own.includes("items")) own.push("items");
      } else if (rest.length > 0 || this.navigation(head)) {
        nested.set(head, [...(nested.get(head) ?? []), ...(rest.length ? [rest.join("/")] : [])]);
      } else {
        own.push(head);
      }
    }
    if (paths.length === 0) own.push(...this.scalars.filter((name) => !this.missing(name, "get")));
    for (const name of [...nested.keys(), ...own]) {
      const requirement = this.missing(name, "get");
      if (requirement) {
        const location = `${this.className}.${name}`;
        commands.push(() => {
          throw officeError("ApiNotFound", location, `(${location}: ExcelApi ${requirement})`);
        });
      }
    }
    for (const [name, rest] of nested) {
      const child = this.navigation(name);
      if (!child) throw officeError("InvalidArgument", `${this.className}.load`, `Unknown navigation "${name}".`);
      commands.push(...child.loadCommands(rest));
    }
    if (own.length > 0) {
      commands.push(() => {
        for (const name of own) {
          if (!this.scalars.includes(name)) throw officeError("InvalidArgument", `${this.className}.load`, `Unknown property "${name}".`);
          this.snapshot[name] = this.nullState ? null : this.read(name);
          this.loaded.add(name);
          delete this.local[name];
        }
      });
    }
    return commands;
  }

  /** A scalar as the code reads it: the value it set, or the value loaded. */
  property(name: string): unknown {
    if (name in this.local) return this.local[name];
    if (this.loaded.has(name)) return this.snapshot[name];
    throw officeError("PropertyNotLoaded", `${this.className}.${name}`);
  }

  /** Queues a property change; reading it back before a load gives the value set, as in Office.js. */
  assign(name: string, value: unknown): void {
    this.local[name] = value;
    this.ctx.enqueue(() => this.write(name, value));
  }

  toJSON(): Snapshot {
    return { ...this.snapshot, ...this.local };
  }
}

/** The result of a method that returns a value (getCount): readable after the sync. */
export class ClientResultDouble<T> {
  private result: { value: T } | undefined;
  constructor(ctx: RequestQueue, compute: () => T) {
    ctx.enqueue(() => (this.result = { value: compute() }));
  }
  get value(): T {
    if (!this.result) throw officeError("PropertyNotLoaded", "ClientResult.value");
    return this.result.value;
  }
}
