import { chmod, cp, mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { run } from "./Run.mjs";

const PNPM_VERSION = "10.34.9";
// Never copied: history (tags the publish makes must not reach the real repository), local
// stores and the build cache (the versions change, so every package rebuilds anyway).
const LEFT_OUT = new Set([".git", ".turbo", "coverage"]);

/**
 * A copy of the workspace to release from, so that the version bumps, changelogs and
 * consumed changesets of the rehearsal never touch the checkout. node_modules comes along
 * (pnpm links are relative), so no second install is needed.
 */
export async function copyWorkspace(root, target) {
  await cp(root, target, {
    recursive: true,
    verbatimSymlinks: true,
    filter: (source) => {
      const path = relative(root, source);
      const name = path.split("/").at(-1) ?? "";
      return !LEFT_OUT.has(name) && !/\.db(-wal|-shm)?$/.test(name);
    },
  });
  // changesets runs `pnpm publish`: give it the pinned pnpm on the PATH.
  const bin = join(target, ".rehearsal-bin");
  await mkdir(bin, { recursive: true });
  await writeFile(join(bin, "pnpm"), `#!/bin/sh\nexec npx --yes pnpm@${PNPM_VERSION} "$@"\n`);
  await chmod(join(bin, "pnpm"), 0o755);
  return { root: target, env: { PATH: `${bin}:${process.env.PATH}` } };
}

/** The public packages of the workspace: name, version, folder. */
export async function publicPackages(root) {
  const packages = [];
  for (const folder of await readdir(join(root, "packages"))) {
    const manifest = JSON.parse(await readFile(join(root, "packages", folder, "package.json"), "utf8"));
    if (manifest.private !== true) packages.push({ name: manifest.name, version: manifest.version, folder });
  }
  return packages;
}

/**
 * The changesets release flow against the local registry: `changeset version` (bumps and
 * changelogs from the pending changesets), then the root `release` script (build,
 * check-exports, `changeset publish`) with the registry and its token.
 */
export async function versionAndPublish(copy, registry) {
  const host = registry.url.replace(/^https?:/, "");
  const npmrc = await readFile(join(copy.root, ".npmrc"), "utf8");
  await writeFile(
    join(copy.root, ".npmrc"),
    `${npmrc}\n@remit:registry=${registry.url}\n${host}:_authToken=${registry.token}\n`,
  );
  // Only the @remit scope goes to the local registry; npx still fetches pnpm as usual.
  const env = { ...copy.env, "npm_config_@remit:registry": registry.url };
  const pending = (await readdir(join(copy.root, ".changeset"))).filter(
    (name) => name.endsWith(".md") && name !== "README.md",
  );
  console.log(`pending changesets: ${pending.length}`);
  console.log(
    await run("npx", [`--yes`, `pnpm@${PNPM_VERSION}`, "exec", "changeset", "version"], { cwd: copy.root, env }),
  );
  await run("npx", ["--yes", `pnpm@${PNPM_VERSION}`, "run", "release", "--no-git-tag"], {
    cwd: copy.root,
    env,
    echo: true,
  });
  return publicPackages(copy.root);
}
