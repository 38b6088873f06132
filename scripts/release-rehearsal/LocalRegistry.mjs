import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdir, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { join } from "node:path";

/** Verdaccio from the npm registry, pinned: 6.8.0 is the last that runs on Node 20. */
export const VERDACCIO = "verdaccio@6.8.0";

async function freePort() {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  server.close();
  return typeof address === "object" && address !== null ? address.port : 0;
}

// @remit/* live only here (no uplink, so nothing is fetched from or confused with the public
// registry); everything else a consumer needs comes from its usual registry.
function config(folder) {
  return [
    `storage: ${join(folder, "storage")}`,
    "auth:",
    "  htpasswd:",
    `    file: ${join(folder, "htpasswd")}`,
    "    max_users: 10",
    "uplinks: {}",
    "packages:",
    "  '@remit/*':",
    "    access: $all",
    "    publish: $authenticated",
    "  '**':",
    "    access: $all",
    "    publish: $authenticated",
    "log: { type: stdout, format: pretty, level: warn }",
    "",
  ].join("\n");
}

async function waitUntilUp(url, child, log) {
  for (let attempt = 0; attempt < 240; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`verdaccio exited (${child.exitCode}):\n${log()}`);
    try {
      if ((await fetch(`${url}-/ping`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`verdaccio did not answer on ${url} within 2 minutes:\n${log()}`);
}

/**
 * Starts a private registry on loopback for the rehearsal, with one user to publish as.
 * Returns its URL, a token, and `stop()`, which ends the process it started.
 */
export async function startLocalRegistry(folder) {
  await mkdir(folder, { recursive: true });
  const configFile = join(folder, "config.yaml");
  await writeFile(configFile, config(folder));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const child = spawn(
    "npm",
    [
      "exec",
      "--yes",
      `--package=${VERDACCIO}`,
      "--",
      "verdaccio",
      "--config",
      configFile,
      "--listen",
      `127.0.0.1:${port}`,
    ],
    { cwd: folder, stdio: ["ignore", "pipe", "pipe"], detached: true },
  );
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const stop = async () => {
    if (child.exitCode !== null) return;
    // npm exec runs verdaccio as its child: end the process group this script started.
    process.kill(-child.pid, "SIGTERM");
    await Promise.race([once(child, "exit"), new Promise((resolve) => setTimeout(resolve, 5000))]);
  };
  try {
    await waitUntilUp(url, child, () => output.slice(-4000));
    const response = await fetch(`${url}-/user/org.couchdb.user:rehearsal`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "rehearsal", password: "rehearsal-only", type: "user" }),
    });
    const body = await response.json();
    if (!response.ok || typeof body.token !== "string") {
      throw new Error(`could not create the publishing user: ${response.status} ${JSON.stringify(body)}`);
    }
    return { url, token: body.token, stop, output: () => output };
  } catch (error) {
    await stop();
    throw error;
  }
}
