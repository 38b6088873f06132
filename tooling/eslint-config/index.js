// Shared flat config: recommended + type-aware typescript-eslint, and the boundaries.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import { boundaries } from "./boundaries.js";

/**
 * The Remit ESLint config.
 * @param {{ tsconfigRootDir: string }} options the repository root
 */
export function remitConfig({ tsconfigRootDir }) {
  return tseslint.config(
    {
      // Root and tooling config files are plain settings outside any package's tsconfig.
      ignores: [
        "**/dist/**",
        "**/node_modules/**",
        "**/.turbo/**",
        "**/coverage/**",
        "**/bench/results/**",
        "vitest.config.ts",
        "tooling/*/index.d.ts",
      ],
    },
    js.configs.recommended,
    ...tseslint.configs.recommendedTypeChecked,
    {
      languageOptions: {
        parserOptions: { projectService: true, tsconfigRootDir },
      },
      rules: {
        "@typescript-eslint/consistent-type-imports": "error",
        "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
        "@typescript-eslint/only-throw-error": "off",
        "@typescript-eslint/require-await": "off",
        eqeqeq: ["error", "smart"],
      },
    },
    {
      files: ["**/*.js", "**/*.mjs"],
      ...tseslint.configs.disableTypeChecked,
      languageOptions: {
        ...tseslint.configs.disableTypeChecked.languageOptions,
        globals: {
          process: "readonly",
          console: "readonly",
          URL: "readonly",
          Buffer: "readonly",
          fetch: "readonly",
          setTimeout: "readonly",
          performance: "readonly",
        },
      },
    },
    {
      files: ["**/*.test.ts", "**/*.test-d.ts", "**/test/**/*.ts", "**/bench/**/*.ts"],
      rules: {
        "@typescript-eslint/no-unsafe-assignment": "off",
        "@typescript-eslint/no-unsafe-member-access": "off",
        "@typescript-eslint/no-non-null-assertion": "off",
        "@typescript-eslint/unbound-method": "off",
      },
    },
    ...boundaries,
  );
}
