import type { Decision18_1Finding, Session, ThematicDiscussion } from "@remit/core";
import { Store, checkDecision18_1, listAll } from "@remit/core";
import { Effect } from "effect";
import type { CliContext } from "../command/CliContext";
import { handleWithStore } from "../command/Handle";
import { invalidInput } from "../failure/CliFailure";
import { heading, label } from "../output/Labels";
import { printJson, printJsonLines, printLines } from "../output/Stdout";
import { renderPlain, renderTable } from "../output/Table";
import { checkLanguagesInStore } from "./LanguagesCheck";

/** The arguments of `remit check`. */
export interface CheckInput {
  /** A session id (`ccpcj-20`) or a thematic discussion id. */
  readonly session: string;
  /** Exit 1 when a rule is violated. */
  readonly strict: boolean;
}

/** What `remit check --json` prints for one thematic discussion. */
export interface CheckOutput {
  readonly sessionId: string;
  readonly discussionId: string;
  readonly findings: readonly Decision18_1Finding[];
  readonly counts: { readonly ok: number; readonly violation: number; readonly unknown: number };
}

function findDiscussions(reference: string) {
  return Effect.gen(function* () {
    const store = yield* Store;
    const discussions = (yield* listAll("thematicDiscussion")).map((stored) => stored.record);
    const asDiscussion = discussions.find((discussion) => discussion.id === reference);
    const sessionId = asDiscussion?.sessionId ?? reference;
    const session = yield* store.get("session", sessionId).pipe(
      Effect.map((stored) => stored.record),
      Effect.catchTag("NotFound", () =>
        Effect.fail(
          invalidInput([
            `remit: there is no session ${sessionId} in this store; list them with \`remit list sessions\``,
          ]),
        ),
      ),
    );
    const held =
      asDiscussion === undefined
        ? discussions.filter((discussion) => discussion.sessionId === session.id)
        : [asDiscussion];
    if (held.length === 0) {
      return yield* Effect.fail(
        invalidInput([
          `remit: session ${session.id} has no thematic discussion in this store; decision 18/1 applies to thematic discussions`,
        ]),
      );
    }
    return { session, discussions: held };
  });
}

function outputOf(session: Session, discussion: ThematicDiscussion): CheckOutput {
  const findings = checkDecision18_1(discussion, session);
  const count = (status: Decision18_1Finding["status"]) =>
    findings.filter((finding) => finding.status === status).length;
  return {
    sessionId: session.id,
    discussionId: discussion.id,
    findings,
    counts: { ok: count("ok"), violation: count("violation"), unknown: count("unknown") },
  };
}

function printCheck(context: CliContext, outputs: readonly CheckOutput[]) {
  if (context.output === "json") return printJson(outputs.length === 1 ? outputs[0] : outputs);
  if (context.output === "jsonl")
    return printJsonLines(
      outputs.flatMap((output) =>
        output.findings.map((finding) => ({ discussionId: output.discussionId, ...finding })),
      ),
    );
  const language = context.language;
  return printLines(
    outputs.flatMap((output) => {
      const table = {
        columns: [
          { heading: heading("result", language) },
          { heading: heading("rule", language) },
          { heading: heading("provision", language) },
          { heading: heading("reason", language), shrink: true },
        ],
        rows: output.findings.map((finding) => [
          label(finding.status, language),
          finding.rule,
          finding.provision,
          finding.reason,
        ]),
      };
      if (context.output === "plain") return renderPlain(table);
      const { ok, violation, unknown } = output.counts;
      const summary = `${output.discussionId} (session ${output.sessionId}), CCPCJ decision 18/1: ${ok} ok, ${violation} violated, ${unknown} unknown`;
      return [summary, "", ...renderTable(table, context.columns)];
    }),
  );
}

/**
 * `remit check SESSION`: checks the thematic discussion of a session against the rules of
 * CCPCJ decision 18/1 (nominations two months ahead, election one month ahead, five podium
 * seats, time limits, the guide in six languages a month ahead) and lists every finding:
 * ok, violation or unknown (not recorded), with the reason. Exit 1 on a violation with --strict.
 */
export const checkHandler = (input: CheckInput) =>
  handleWithStore({ create: false }, (context) =>
    Effect.gen(function* () {
      // `remit check languages`: the completeness of each official language (lang stream, issue 12).
      if (input.session === "languages") return yield* checkLanguagesInStore(context);
      const { session, discussions } = yield* findDiscussions(input.session);
      const outputs = discussions.map((discussion) => outputOf(session, discussion));
      yield* printCheck(context, outputs);
      const violations = outputs.flatMap((output) =>
        output.findings.filter((finding) => finding.status === "violation"),
      );
      if (input.strict && violations.length > 0) {
        return yield* Effect.fail(
          invalidInput(violations.map((finding) => `remit: ${finding.rule} (${finding.provision}): ${finding.reason}`)),
        );
      }
    }),
  );
