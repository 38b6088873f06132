import { EntityKind } from "@remit/core";
import * as z from "zod";

/** One entry of a record's audit trail (core's `AuditEntry`). */
export const AuditEntrySchema = z.object({
  kind: EntityKind,
  id: z.string(),
  revision: z.number().int(),
  action: z.enum(["create", "update", "delete"]),
  actor: z.string().describe("The token's name (token:NAME), or the process that wrote."),
  at: z.string(),
});
