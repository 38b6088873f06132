import type { Activity, Mandate } from "@remit/core";
import { describe, expectTypeOf, it } from "vitest";
import type { ClientInput, ClientOutput, ClientResult, RemitClient } from "../src/client";

describe("the client's types come from the contract", () => {
  it("types a record's answer as core's record in its envelope", () => {
    expectTypeOf<ClientOutput<"getActivity">["record"]>().toEqualTypeOf<Activity>();
    expectTypeOf<ClientOutput<"getMandate">["revision"]>().toEqualTypeOf<number>();
    expectTypeOf<ClientOutput<"getReportsDue">["reports"][number]["mandate"]>().toEqualTypeOf<Mandate>();
  });

  it("asks for what an operation needs, and only that", () => {
    expectTypeOf<ClientInput<"getActivity">["params"]>().toExtend<{ readonly id: string }>();
    expectTypeOf<{ id: string }>().toExtend<ClientInput<"getActivity">["params"]>();
    expectTypeOf<ClientInput<"patchActivity">>().toHaveProperty("revision");
    expectTypeOf<NonNullable<ClientInput<"listActivities">["query"]>["limit"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<{ topic: "cryptocurrency"; from: "2020" }>().toExtend<
      NonNullable<ClientInput<"listActivities">["query"]>
    >();
    expectTypeOf<{ topic: "no-such-topic" }>().not.toExtend<NonNullable<ClientInput<"listActivities">["query"]>>();
    expectTypeOf<RemitClient["getHealth"]>().toBeCallableWith();
    expectTypeOf<RemitClient["getActivity"]>().parameter(0).toExtend<{ readonly params: { id: string } }>();
  });

  it("answers files as a Response and deletes with nothing", () => {
    expectTypeOf<ClientOutput<"getExport">>().toEqualTypeOf<Response>();
    expectTypeOf<ClientOutput<"deleteActivity">>().toEqualTypeOf<undefined>();
    expectTypeOf<Awaited<ReturnType<RemitClient["getHealth"]>>>().toEqualTypeOf<ClientResult<{ status: "ok" }>>();
  });
});
