import { spawn } from "node:child_process";

/**
 * Runs a command and resolves with its output; rejects with the command, its exit code and
 * the end of its output when it fails. `echo` streams the output as it comes.
 */
export function run(command, args, { cwd, env, echo = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const take = (chunk) => {
      output += chunk;
      if (echo) process.stdout.write(chunk);
    };
    child.stdout.on("data", take);
    child.stderr.on("data", take);
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`${command} ${args.join(" ")} (in ${cwd}) exited ${code}:\n${output.slice(-6000)}`));
    });
  });
}

/** Times a phase of the rehearsal and prints how long it took. */
export async function phase(name, work) {
  const started = performance.now();
  console.log(`\n--- ${name}`);
  const result = await work();
  console.log(`--- ${name}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
}
