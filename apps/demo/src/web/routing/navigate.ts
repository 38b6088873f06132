/** Goes to a path of the app without reloading, and tells the app to render it. */
export function navigate(href: string, replace = false): void {
  if (replace) history.replaceState(null, "", href);
  else history.pushState(null, "", href);
  window.dispatchEvent(new PopStateEvent("popstate"));
  if (!replace) window.scrollTo(0, 0);
}

/**
 * Follows a click on a link of the app inside the page: a plain left click on a same-origin
 * link; a click with a modifier key opens a tab as usual.
 */
export function followLink(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
    return;
  const anchor = (event.target as Element | null)?.closest("a");
  if (anchor === null || anchor === undefined || anchor.target !== "" || anchor.hasAttribute("download")) return;
  const url = new URL(anchor.href);
  if (url.origin !== location.origin || url.pathname.startsWith("/api/")) return;
  // A link within the page (a report's figure to its sources) is the browser's to follow.
  if (url.pathname === location.pathname && url.search === location.search && url.hash !== "") return;
  event.preventDefault();
  navigate(url.pathname + url.search);
  // The reader followed a link to another page: its content takes the focus, as after a load.
  requestAnimationFrame(() => document.getElementById("main")?.focus({ preventScroll: true }));
}
