/**
 * @remit/core/testing: the Store contract suite that every store adapter must pass, and the
 * fast-check arbitraries of valid records of every entity kind.
 * @packageDocumentation
 */
export * from "./storeContract";
export * from "./arbitraries/symbol";
export * from "./arbitraries/geo";
export * from "./arbitraries/body";
export * from "./arbitraries/session";
export * from "./arbitraries/discussion";
export * from "./arbitraries/mandate";
export * from "./arbitraries/instrument";
export * from "./arbitraries/activity";
export * from "./arbitraries/metric";
