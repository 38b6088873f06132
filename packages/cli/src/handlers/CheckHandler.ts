import type { Decision18_1Check, NoThematicDiscussion, NotFound } from "@remit/core";
import { checkSessionDiscussions, DECISION_18_1_PROVISION_LABELS, display, formatFindingIn } from "@remit/core";
import { Effect } from "effect";
import type { CliContext } from "../command/CliContext";
import { handleWithStore } from "../command/Handle";
import { invalidInput } from "../failure/CliFailure";
import { heading, label } from "../output/Labels";
import { printJson, printJsonLines, printLines } from "../output/Stdout";
import { tableLines } from "../output/TableLines";
import { checkLanguagesInStore } from "./LanguagesHandler";
import { cliMessage, named, say } from "../messages/CliMessage";
import type { UiLanguage } from "../output/UiLanguage";

/** The arguments of `remit check`. */
export interface CheckInput {
  /** A session id (`ccpcj-20`) or a thematic discussion id. */
  readonly session: string;
  /** Exit 1 when a rule is violated. */
  readonly strict: boolean;
}

/** Where a finding's rule stands in decision 18/1, as the reader's language cites it. */
function provisionIn(finding: Decision18_1Check["findings"][number], language: UiLanguage): string {
  return display(DECISION_18_1_PROVISION_LABELS[finding.rule], [language]).text;
}

/** Why there is nothing to check, in the words of `remit check`. */
function failureOf(problem: NotFound | NoThematicDiscussion) {
  return problem._tag === "NoThematicDiscussion"
    ? invalidInput([named(cliMessage("failure.noDiscussion", { id: problem.sessionId }))])
    : invalidInput([named(cliMessage("failure.noSession", { id: problem.id }))]);
}

function printCheck(context: CliContext, outputs: readonly Decision18_1Check[]) {
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
          provisionIn(finding, language),
          formatFindingIn(finding, language),
        ]),
      };
      if (context.output === "plain") return tableLines(context, table);
      const { ok, violation, unknown } = output.counts;
      const summary = say(language, "check.summary", {
        discussion: output.discussionId,
        session: output.sessionId,
        ok,
        violation,
        unknown,
      });
      return [summary, "", ...tableLines(context, table)];
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
      const outputs = yield* checkSessionDiscussions(input.session).pipe(
        Effect.mapError((problem) =>
          problem._tag === "NotFound" || problem._tag === "NoThematicDiscussion" ? failureOf(problem) : problem,
        ),
      );
      yield* printCheck(context, outputs);
      const violations = outputs.flatMap((output) =>
        output.findings.filter((finding) => finding.status === "violation"),
      );
      if (input.strict && violations.length > 0) {
        return yield* Effect.fail(
          invalidInput(
            violations.map(
              (finding) =>
                `remit: ${finding.rule} (${provisionIn(finding, context.language)}): ${formatFindingIn(finding, context.language)}`,
            ),
          ),
        );
      }
    }),
  );
