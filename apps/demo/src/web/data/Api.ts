import { createClient } from "@remit/web/client";

const TOKEN_KEY = "remit-editor-token";

/** The editor token the sign-in page stored for this tab, if any. */
export function editorTokenOf(): string | undefined {
  return sessionStorage.getItem(TOKEN_KEY) ?? undefined;
}

/** The event that tells the page's components that the tab signed in or out. */
export const SIGN_IN_EVENT = "remit-sign-in";

/** Keeps (or forgets, with undefined) the editor token for this tab, and says so to the page. */
export function keepEditorToken(token: string | undefined): void {
  if (token === undefined) sessionStorage.removeItem(TOKEN_KEY);
  else sessionStorage.setItem(TOKEN_KEY, token);
  window.dispatchEvent(new Event(SIGN_IN_EVENT));
}

/** The typed client of the API served beside the app, under /api. */
export const api = createClient({ baseUrl: "/api", token: editorTokenOf });

/** An answer of the client turned into a value or a thrown error with the API's message. */
export async function valueOf<T>(
  answer: Promise<{ ok: true; value: T } | { ok: false; error: { message: string; _tag: string } }>,
): Promise<T> {
  const result = await answer;
  if (!result.ok) throw new ApiFailure(result.error._tag, result.error.message);
  return result.value;
}

/** A failed API call: the error's tag and the API's message. */
class ApiFailure extends Error {
  constructor(
    readonly tag: string,
    message: string,
  ) {
    super(message);
  }
}
