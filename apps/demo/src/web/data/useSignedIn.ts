import { useEffect, useState } from "preact/hooks";
import { editorTokenOf, SIGN_IN_EVENT } from "./Api";

/** Whether this tab holds an editor token, drawn again when it signs in or out. */
export function useSignedIn(): boolean {
  const [signedIn, setSignedIn] = useState(editorTokenOf() !== undefined);
  useEffect(() => {
    const follow = () => setSignedIn(editorTokenOf() !== undefined);
    window.addEventListener(SIGN_IN_EVENT, follow);
    return () => window.removeEventListener(SIGN_IN_EVENT, follow);
  }, []);
  return signedIn;
}
