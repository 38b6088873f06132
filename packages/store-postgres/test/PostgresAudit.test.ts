import { auditRules } from "../../store-sql/test/suites/AuditRules";
import { tempStoreLayer } from "./TempSchema";

auditRules((clock) => tempStoreLayer({ clock }));
