/** The subcommands of `cchc`, in the order the help lists them. */
import type { CliCommand } from "./command";

export const COMMANDS: readonly CliCommand[] = [];
