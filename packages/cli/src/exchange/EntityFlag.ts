import type { EntityKind } from "@remit/core";
import { ENTITY_KINDS, kindOfWord } from "@remit/core";
import { Effect } from "effect";
import { usageError, type CliFailure } from "../failure/CliFailure";
import { cliMessage } from "../messages/CliMessage";

/**
 * The kind `--entity` names, read by core's `kindOfWord` (`activity`, `Activities`, …), or a
 * usage error listing the kinds; none when the flag is not given. `remit import`, `remit
 * validate` and `remit export` take it.
 */
export function entityFlag(value: string | undefined): Effect.Effect<EntityKind | undefined, CliFailure> {
  if (value === undefined) return Effect.succeed(undefined);
  const kind = kindOfWord(value);
  return kind === undefined
    ? Effect.fail(usageError(cliMessage("cli.kind", { flag: "--entity", value, kinds: ENTITY_KINDS.join(", ") })))
    : Effect.succeed(kind);
}
