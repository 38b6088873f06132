import { aggregationRules } from "../../store-sql/test/suites/AggregationRules";
import { tempStoreLayer } from "./TempDatabase";

aggregationRules(() => tempStoreLayer());
