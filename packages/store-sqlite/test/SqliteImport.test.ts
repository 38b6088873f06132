import { importFileRules } from "@remit/store-sql/testing";
import { tempStoreLayer } from "./TempDatabase";

importFileRules((bulkImportThreshold) =>
  tempStoreLayer(bulkImportThreshold === undefined ? {} : { bulkImportThreshold }),
);
