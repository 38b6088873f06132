import { remitConfig } from "@remit/eslint-config";

export default remitConfig({ tsconfigRootDir: import.meta.dirname });
