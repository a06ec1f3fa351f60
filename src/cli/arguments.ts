/** The arguments every `cchc` command takes: report files, on/off flags and options with a value. */

export interface ParsedArguments {
  readonly files: readonly string[];
  readonly flags: ReadonlySet<string>;
  /** Option values by their long name, e.g. `output` for -o / --output. */
  readonly values: Readonly<Record<string, string>>;
}

export interface ArgumentSpec {
  /** Flags without a value, e.g. ["--json"]. */
  readonly flags?: readonly string[];
  /** Options with a value: long name → the spellings that take it, e.g. { output: ["-o", "--output"] }. */
  readonly options?: Readonly<Record<string, readonly string[]>>;
}

/**
 * Splits the arguments, or says in Vietnamese what is wrong with them. After `--` every argument is
 * a file, so a file whose name starts with "-" can be given; an option or flag given twice is refused
 * rather than one of the two silently winning.
 */
export function parseArguments(args: readonly string[], spec: ArgumentSpec): ParsedArguments | { readonly error: string } {
  const files: string[] = [];
  const flags = new Set<string>();
  const values: Record<string, string> = {};
  const optionOf = (spelling: string): string | undefined =>
    Object.entries(spec.options ?? {}).find(([, spellings]) => spellings.includes(spelling))?.[0];
  const twice = (spelling: string) => ({ error: `Tùy chọn "${spelling}" được chỉ định nhiều lần; đề nghị chỉ ghi một lần.` });
  let endOfOptions = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const [spelling = arg, inline] = arg.startsWith("--") && arg.includes("=") ? arg.split(/=(.*)/s) : [arg];
    const option = endOfOptions ? undefined : optionOf(spelling);
    if (endOfOptions) {
      files.push(arg);
    } else if (arg === "--") {
      endOfOptions = true;
    } else if (option !== undefined) {
      const value = inline ?? args[++i];
      if (value === undefined || value === "") return { error: `Thiếu giá trị sau "${spelling}".` };
      if (option in values) return twice(spelling);
      values[option] = value;
    } else if (spec.flags?.includes(arg)) {
      if (flags.has(arg)) return twice(arg);
      flags.add(arg);
    } else if (arg.startsWith("-") && arg !== "-") {
      return { error: `Tùy chọn không hợp lệ: ${arg}.` };
    } else {
      files.push(arg);
    }
  }
  if (files.length === 0) return { error: "Chưa chỉ định tệp báo cáo." };
  return { files, flags, values };
}
