import { storeContract } from "@remit/core/testing";
import { tempStoreLayer } from "./TempSchema";

storeContract("PostgresStore", () => tempStoreLayer(), { timeout: 60_000 });
