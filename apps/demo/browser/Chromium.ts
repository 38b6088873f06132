import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** Debian's chromium (apt install chromium), or the one CHROMIUM_PATH names. */
function chromiumPath(): string {
  const path = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
  if (!existsSync(path))
    throw new Error(`No Chromium at ${path}: install Debian's package (apt-get install chromium) or set CHROMIUM_PATH`);
  return path;
}

/** Launches headless Chromium. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: ["--no-sandbox"] });
}
