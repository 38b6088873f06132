import { importFileRules } from "../../store-sql/test/suites/ImportFileRules";
import { tempStoreLayer } from "./TempSchema";

importFileRules((bulkImportThreshold) =>
  tempStoreLayer(bulkImportThreshold === undefined ? {} : { bulkImportThreshold }),
);
