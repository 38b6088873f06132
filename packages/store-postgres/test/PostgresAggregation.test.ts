import { aggregationRules } from "@remit/store-sql/testing";
import { tempStoreLayer } from "./TempSchema";

aggregationRules(() => tempStoreLayer());
