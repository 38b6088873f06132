import { defineConfig } from "vite";

// The web app: Preact through esbuild's automatic JSX runtime, built into dist/web beside the
// server that serves it. Fonts and the world map are bundled as files: nothing loads from
// outside the server.
export default defineConfig({
  root: "src/web",
  base: "/",
  publicDir: false,
  esbuild: { jsx: "automatic", jsxImportSource: "preact" },
  build: {
    outDir: "../../dist/web",
    emptyOutDir: true,
    target: "es2022",
    assetsInlineLimit: 0,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 1000,
  },
});
