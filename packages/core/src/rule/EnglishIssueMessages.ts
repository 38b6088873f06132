// Core's schemas are built with zod/mini, which, unlike classic zod, leaves its own issue
// messages unset ("Invalid input") until an app picks a locale. Core's decode errors tell a
// zod message from a schema author's by comparing with the locale's wording, and a front end
// bundling only core's schemas should read the same English as the CLI, so every module that
// builds a schema imports this one. It is listed under `sideEffects` in package.json so that
// bundlers keep it.
import * as z from "zod/mini";
import { en } from "zod/locales";

z.config(en());
