// The import rules of CONVENTIONS.md ("What may import what"), as lint errors.
// Each entry: the files it applies to and the imports they may not make.

const adapters = ["store-sql", "store-sqlite", "store-postgres", "export", "web", "cli"];

// Where an issue says so: the two stores share one Kysely code path, @remit/store-sql
// (issue 4); the `remit` command puts the stores and the export formats in a person's
// hands (issue 6) and serves the HTTP API (`remit serve`, issue 10); the API answers exports
// and reports in the export package's formats (issue 10). The API itself is given its store
// as a Layer and names none.
const allowed = {
  "store-sqlite": ["store-sql"],
  "store-postgres": ["store-sql"],
  web: ["export"],
  cli: ["store-sqlite", "store-postgres", "export", "web"],
};
const deepImport = {
  group: ["@remit/*/src", "@remit/*/src/**"],
  message: "Import a workspace package through its public entry, never its src/.",
};
const appsImport = {
  group: ["**/apps/**", "@remit/demo", "@remit/demo/**"],
  message: "Nothing imports apps/*: only the demo composes adapters.",
};

/** @param {keyof typeof allowed | string} self the adapter's folder name */
function otherAdapters(self) {
  const mayUse = allowed[self] ?? [];
  return adapters.filter((name) => name !== self && !mayUse.includes(name)).map((name) => `@remit/${name}`);
}

export const boundaries = [
  {
    files: ["packages/core/src/**/*.ts"],
    ignores: ["packages/core/src/testing/**", "packages/core/src/**/*.test.ts", "packages/core/src/**/*.test-d.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^node:|^(fs|path|os|child_process|crypto|stream|http|https|url|util|events|buffer)$",
              message: "core runs in a browser: no Node built-ins.",
            },
            {
              regex: "^(better-sqlite3|pg|kysely|hono|exceljs|docx|ical-generator)$",
              message: "core holds no storage, HTTP or file-format library; put it in an adapter.",
            },
            { regex: "^@remit/", message: "core imports no other Remit package." },
          ],
        },
      ],
    },
  },
  {
    files: ["packages/dataset/src/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            deepImport,
            appsImport,
            { group: adapters.map((n) => `@remit/${n}`), message: "The dataset depends on core only." },
          ],
        },
      ],
    },
  },
  ...adapters.map((self) => ({
    files: [`packages/${self}/src/**/*.ts`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            deepImport,
            appsImport,
            {
              group: otherAdapters(self),
              message: "An adapter never imports another adapter; compose them in apps/demo.",
            },
          ],
        },
      ],
    },
  })),
];
