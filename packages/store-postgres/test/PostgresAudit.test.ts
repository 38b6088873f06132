import { auditRules } from "@remit/store-sql/testing";
import { tempStoreLayer } from "./TempSchema";

auditRules((clock) => tempStoreLayer({ clock }));
