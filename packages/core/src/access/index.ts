export * from "./AccessToken";
export * from "./AccessTokens";
export * from "./InMemoryAccessTokens";
