import { auditRules } from "@remit/store-sql/testing";
import { tempStoreLayer } from "./TempDatabase";

auditRules((clock) => tempStoreLayer({ clock }));
