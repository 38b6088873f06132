import { auditRules } from "../../store-sql/test/suites/AuditRules";
import { tempStoreLayer } from "./TempDatabase";

auditRules((clock) => tempStoreLayer({ clock }));
