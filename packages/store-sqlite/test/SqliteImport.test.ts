import { importFileRules } from "../../store-sql/test/suites/ImportFileRules";
import { tempStoreLayer } from "./TempDatabase";

importFileRules((bulkImportThreshold) =>
  tempStoreLayer(bulkImportThreshold === undefined ? {} : { bulkImportThreshold }),
);
