/**
 * The bodies that mandate, meet and report (General Assembly, ECOSOC, CCPCJ, the Crime
 * Congresses, expert groups, UNODC, the Secretary-General): the stored Body entity and its
 * ties to document symbols.
 * @module
 */
export { Body, BodyKind } from "./Body";
export { bodyForSymbol, bodyAncestors, type BrokenBodyChain } from "./BodyRelations";
