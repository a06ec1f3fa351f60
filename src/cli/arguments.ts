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

/** Splits the arguments, or says in Vietnamese what is wrong with them. */
export function parseArguments(args: readonly string[], spec: ArgumentSpec): ParsedArguments | { readonly error: string } {
  const files: string[] = [];
  const flags = new Set<string>();
  const values: Record<string, string> = {};
  const optionOf = (spelling: string): string | undefined =>
    Object.entries(spec.options ?? {}).find(([, spellings]) => spellings.includes(spelling))?.[0];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const [spelling = arg, inline] = arg.startsWith("--") && arg.includes("=") ? arg.split(/=(.*)/s) : [arg];
    const option = optionOf(spelling);
    if (option !== undefined) {
      const value = inline ?? args[++i];
      if (value === undefined || value === "") return { error: `Thiếu giá trị sau "${spelling}".` };
      values[option] = value;
    } else if (spec.flags?.includes(arg)) {
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
