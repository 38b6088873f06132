import { AccessTokens, type AccessRole } from "@remit/core";
import { addNewToken, tokenView } from "@remit/web";
import { Effect } from "effect";
import { handle } from "../command/Handle";
import { conflict, invalidInput } from "../failure/CliFailure";
import { printResult } from "../output/PrintResult";
import { printLines } from "../output/Stdout";
import { storeServicesLayer } from "../store/StoreLayer";
import type { CliContext } from "../command/CliContext";
import { cliMessage, say } from "../messages/CliMessage";

function withTokens<A, E>(context: CliContext, body: (tokens: AccessTokens["Service"]) => Effect.Effect<A, E>) {
  return Effect.gen(function* () {
    return yield* body(yield* AccessTokens);
  }).pipe(Effect.provide(storeServicesLayer(context.store)));
}

/** `remit token create --name NAME --role ROLE`: issues a token and prints its secret, once. */
export const createTokenHandler = (input: { readonly name: string; readonly role: AccessRole }) =>
  handle((context) =>
    Effect.gen(function* () {
      const { token: kept, secret } = yield* addNewToken({
        name: input.name.trim(),
        role: input.role,
        by: `remit token (${process.env.USER ?? "cli"})`,
        at: new Date(),
      }).pipe(
        Effect.provide(storeServicesLayer(context.store)),
        Effect.catchTag("AccessTokenNameTaken", (error) => Effect.fail(conflict(error.message))),
      );
      yield* printResult(context, { token: tokenView(kept), secret }, [
        secret,
        say(context.language, "outcome.tokenIssued", {
          id: kept.id,
          name: kept.name,
          role: kept.role,
          store: context.store.shown,
        }),
      ]);
    }),
  );

/** `remit token revoke ID|NAME`. */
export const revokeTokenHandler = (input: { readonly token: string }) =>
  handle((context) =>
    Effect.gen(function* () {
      const revoked = yield* withTokens(context, (tokens) => tokens.revoke(input.token, new Date().toISOString())).pipe(
        Effect.catchTag("AccessTokenNotFound", (error) =>
          Effect.fail(invalidInput([cliMessage("cli.named", { problem: error.message })])),
        ),
      );
      yield* printResult(context, { token: tokenView(revoked) }, [
        say(context.language, "outcome.tokenRevoked", { id: revoked.id, name: revoked.name, role: revoked.role }),
      ]);
    }),
  );

/** `remit token list`. */
export const listTokensHandler = () =>
  handle((context) =>
    Effect.gen(function* () {
      const all = yield* withTokens(context, (tokens) => tokens.list());
      if (context.output === "json" || context.output === "jsonl")
        return yield* printResult(context, { tokens: all.map(tokenView) }, []);
      yield* printLines(
        all.map((token) =>
          [
            token.id,
            token.name,
            token.role,
            token.createdAt,
            token.revokedAt === undefined ? "active" : `revoked ${token.revokedAt}`,
          ].join("\t"),
        ),
      );
    }),
  );
