import { keptPartialsRules } from "@remit/store-sql/testing";
import { migratedSchemaFrom } from "./MigratedSchema";
import { schemasDroppedAfterEach } from "./TempSchema";

keptPartialsRules(migratedSchemaFrom(schemasDroppedAfterEach()));
