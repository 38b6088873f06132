import { aggregationRules } from "@remit/store-sql/testing";
import { tempStoreLayer } from "./TempDatabase";

aggregationRules(() => tempStoreLayer());
