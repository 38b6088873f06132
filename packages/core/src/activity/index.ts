export { ACTIVITY_KINDS, ActivityKind, ACTIVITY_KIND_LABELS } from "./ActivityKind";
export { ACTIVITY_TOPICS, ActivityTopic, ACTIVITY_TOPIC_LABELS } from "./ActivityTopic";
export { AUDIENCES, Audience, AUDIENCE_LABELS } from "./Audience";
export { DELIVERY_MODES, DeliveryMode, DELIVERY_MODE_LABELS } from "./DeliveryMode";
export { Partner, isPartner } from "./Partner";
export { normalizeSearchText, matchesSearchText } from "./SearchText";
export { PLACE_ROLES, PlaceRole, ActivityPlace, PLACE_ROLE_LABELS, countriesInRole } from "./ActivityPlace";
export { DeliveryLanguage, PeriodBasis, Activity, activityTexts } from "./Activity";
export { ActivityFilter, matchesActivityFilter } from "./ActivityFilter";
export {
  ACTIVITY_SORT_KEYS,
  ActivitySortKey,
  SortDirection,
  ActivitySort,
  DEFAULT_ACTIVITY_SORT,
  ActivitySortText,
  readActivitySort,
  activitySortText,
  activitySortKey,
  compareSortPositions,
  compareActivities,
} from "./ActivitySort";
export { countriesTextIn } from "./CountriesText";
