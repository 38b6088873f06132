import { storeContract } from "@remit/core/testing";
import { tempStoreLayer } from "./TempDatabase";

storeContract("SqliteStore", () => tempStoreLayer(), { timeout: 60_000 });
