/** The subcommands of `cchc`, in the order the help lists them. */
import type { CliCommand } from "./command";
import { draftCommand } from "./draft";
import { extractCommand } from "./extract";
import { workbookCommand } from "./workbook";

export const COMMANDS: readonly CliCommand[] = [extractCommand, draftCommand, workbookCommand];
