/** Where a list is: the last activity's sort key (for orders other than id) and id. */
export interface ListPosition {
  readonly key?: string;
  readonly id: string;
}
