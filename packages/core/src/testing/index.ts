/**
 * @remit/core/testing: the Store contract suite that every store adapter must pass.
 * @packageDocumentation
 */
export {};
