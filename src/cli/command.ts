/** A subcommand of `cchc`: its help text and what it does. Output goes through `io` so tests can read it. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

export interface CliCommand {
  readonly name: string;
  /** One line, Vietnamese, for the command list. */
  readonly summary: string;
  /** The usage lines shown by `cchc NAME --help`. */
  readonly usage: string;
  /** Runs the command; resolves to the process exit code. */
  readonly run: (args: readonly string[], io: CliIo) => Promise<number>;
}
