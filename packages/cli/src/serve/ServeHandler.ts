import { Effect } from "effect";
import { handle } from "../command/Handle";
import { missingStore } from "../store/StoreLayer";
import { storeOrIoError, usageError } from "../failure/CliFailure";
import { printNote } from "../output/Stdout";
import { existsSync } from "node:fs";
import { cliMessage, say } from "../messages/CliMessage";

/** The flags of `remit serve`. */
export interface ServeInput {
  readonly port: number;
  readonly host: string;
  readonly publicReads: boolean;
  readonly cors?: string;
}

/**
 * `remit serve`: the HTTP API of `@remit/web` over the store of --db, until interrupted
 * (Ctrl-C or SIGTERM close the server, then the store). Request logs go to stdout, one JSON
 * line each; the address and settings to stderr.
 */
export const serveHandler = (input: ServeInput) =>
  handle((context) =>
    Effect.gen(function* () {
      if (!Number.isInteger(input.port) || input.port < 0 || input.port > 65_535)
        return yield* Effect.fail(usageError(cliMessage("cli.port", { port: String(input.port) })));
      const location = context.store;
      if (location.kind === "sqlite" && !existsSync(location.path)) return yield* Effect.fail(missingStore(location));
      const { serveApi } = yield* Effect.promise(() => import("@remit/web/node"));
      const { storeServicesLayer } = yield* Effect.promise(() => import("../store/StoreLayer"));
      const { reportContentFor } = yield* Effect.promise(() => import("@remit/dataset"));
      const origins = (input.cors ?? "")
        .split(",")
        .map((origin) => origin.trim())
        .filter((origin) => origin !== "");
      const running = yield* Effect.acquireRelease(
        Effect.tryPromise({
          try: () =>
            serveApi({
              store: storeServicesLayer(location),
              port: input.port,
              host: input.host,
              auth: { publicReads: input.publicReads },
              corsOrigins: origins,
              // Reports over HTTP are written from the content `remit report` uses: the dataset's, by mandate.
              reportContent: reportContentFor,
              log: (line) => process.stdout.write(`${line}\n`),
            }),
          catch: (cause) =>
            storeOrIoError(
              cliMessage("failure.cannotListen", {
                address: `${input.host}:${input.port}`,
                problem: cause instanceof Error ? cause.message : String(cause),
              }),
              cause,
            ),
        }),
        (api) => Effect.promise(() => api.close()),
      );
      // Open the store now, so a store that cannot be opened fails at start, not on the first request.
      const ready = yield* Effect.promise(() => Promise.resolve(running.api.request("/readyz")));
      if (ready.status !== 200) {
        const problem = (yield* Effect.promise(() => ready.json())) as { detail?: string };
        return yield* Effect.fail(
          storeOrIoError(
            cliMessage("failure.cannotServe", { store: location.shown, problem: problem.detail ?? ready.statusText }),
          ),
        );
      }
      if (!context.quiet) {
        const reads = input.publicReads ? "public" : "token";
        yield* printNote(
          origins.length > 0
            ? say(context.language, "outcome.servingCors", { store: location.shown, url: running.url, reads, origins })
            : say(context.language, "outcome.serving", { store: location.shown, url: running.url, reads }),
        );
      }
      return yield* Effect.never;
    }).pipe(Effect.scoped),
  );
