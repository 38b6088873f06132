import * as z from "zod/mini";
import type { LocalizedText } from "../text/LocalizedText";

/** How an activity was delivered. */
export const DELIVERY_MODES = ["in-person", "remote", "hybrid"] as const;

/**
 * How an activity was delivered: in person, remote (the Global Programme went fully remote
 * in March 2020, ¶13), or hybrid (the expert group's 6th meeting: chair and secretariat in
 * the room, everyone else online, ¶37).
 */
export const DeliveryMode = z.enum(DELIVERY_MODES);
/** How an activity was delivered. */
export type DeliveryMode = z.infer<typeof DeliveryMode>;

/** The name of each delivery mode in the six official languages. */
export const DELIVERY_MODE_LABELS: Readonly<Record<DeliveryMode, LocalizedText>> = {
  "in-person": { ar: "حضوري", zh: "面对面", en: "In person", fr: "En présentiel", ru: "Очно", es: "Presencial" },
  remote: { ar: "عن بُعد", zh: "远程", en: "Remote", fr: "À distance", ru: "Дистанционно", es: "A distancia" },
  hybrid: { ar: "مختلط", zh: "混合", en: "Hybrid", fr: "Hybride", ru: "В смешанном формате", es: "Híbrido" },
};
