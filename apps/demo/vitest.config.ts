import { remitProject } from "@remit/vitest-config";

export default remitProject("demo");
