import { Data, Effect } from "effect";
import type { Session } from "../session/Session";
import { listAll, type ReadError } from "../store/AllRecords";
import { Store } from "../store/Store";
import type { NotFound, StoreFailure } from "../store/StoreErrors";
import { checkDecision18_1 } from "../discussion/Decision18_1";
import type { Decision18_1Finding } from "../discussion/Decision18_1Finding";
import type { ThematicDiscussion } from "../discussion/ThematicDiscussion";

/** The findings of CCPCJ decision 18/1 for one thematic discussion, and how many of each outcome. */
export interface Decision18_1Check {
  readonly sessionId: string;
  readonly discussionId: string;
  readonly findings: readonly Decision18_1Finding[];
  readonly counts: { readonly ok: number; readonly violation: number; readonly unknown: number };
}

/**
 * A session was named for a decision 18/1 check, but the store holds no thematic discussion
 * of it: the rules of decision 18/1 govern thematic discussions, so there is nothing to check.
 */
export class NoThematicDiscussion extends Data.TaggedError("NoThematicDiscussion")<{
  readonly sessionId: string;
  readonly message: string;
}> {}

/**
 * Checks one thematic discussion against CCPCJ decision 18/1 (`checkDecision18_1`) and
 * counts its findings by outcome.
 * @example decision18_1Check(ccpcj20, protectingChildren).counts // { ok: 9, violation: 0, unknown: 3 }
 */
export function decision18_1Check(session: Session, discussion: ThematicDiscussion): Decision18_1Check {
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

/**
 * The decision 18/1 check of a session's thematic discussions, read from the store. The
 * reference is a session id (`ccpcj-20`: every discussion held at it) or a thematic
 * discussion's id (that discussion only). NotFound when the session is not stored;
 * NoThematicDiscussion when it is, but holds none.
 * @example checkSessionDiscussions("ccpcj-20") // one check, for "protecting children in a digital age"
 */
export function checkSessionDiscussions(
  reference: string,
): Effect.Effect<readonly Decision18_1Check[], NotFound | NoThematicDiscussion | ReadError | StoreFailure, Store> {
  return Effect.gen(function* () {
    const store = yield* Store;
    const discussions = (yield* listAll("thematicDiscussion")).map((stored) => stored.record);
    const named = discussions.find((discussion) => discussion.id === reference);
    const session = (yield* store.get("session", named?.sessionId ?? reference)).record;
    const held =
      named === undefined ? discussions.filter((discussion) => discussion.sessionId === session.id) : [named];
    if (held.length === 0) {
      return yield* Effect.fail(
        new NoThematicDiscussion({
          sessionId: session.id,
          message: `Session ${session.id} has no thematic discussion in this store; decision 18/1 applies to thematic discussions.`,
        }),
      );
    }
    return held.map((discussion) => decision18_1Check(session, discussion));
  });
}
