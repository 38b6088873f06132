import { aggregationRules } from "../../store-sql/test/suites/AggregationRules";
import { tempStoreLayer } from "./TempSchema";

aggregationRules(() => tempStoreLayer());
