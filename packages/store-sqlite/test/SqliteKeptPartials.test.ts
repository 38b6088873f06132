import { keptPartialsRules } from "@remit/store-sql/testing";
import { migratedDatabaseAt } from "./MigratedDatabase";
import { pathsRemovedAfterEach } from "./TempDatabase";

keptPartialsRules(migratedDatabaseAt(pathsRemovedAfterEach(), "kept-partials.db"));
