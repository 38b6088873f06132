import { writeSyntheticActivities } from "../../store-sql/bench/SyntheticActivities";
await writeSyntheticActivities(process.argv[2]!, Number(process.argv[3]), 20_210_517);
