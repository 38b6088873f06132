/**
 * `@remit/web/client`: a typed fetch client of the Remit API for browsers and Node. Its types
 * come from the contract; its code is the route table and a fetch wrapper (no zod, no Effect).
 * @module
 */
export { createClient, type ClientOptions } from "./RemitClient";
export type { ApiError, ClientInput, ClientOutput, ClientResult, RemitClient } from "./ClientTypes";
export { ROUTES, type OperationId } from "../contract/Routes";
