export * from "./EntityKind";
export * from "./Stored";
export * from "./StoreErrors";
export * from "./ImportEntry";
export * from "./Store";
