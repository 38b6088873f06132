import { importFileRules } from "@remit/store-sql/testing";
import { tempStoreLayer } from "./TempSchema";

importFileRules((bulkImportThreshold) =>
  tempStoreLayer(bulkImportThreshold === undefined ? {} : { bulkImportThreshold }),
);
