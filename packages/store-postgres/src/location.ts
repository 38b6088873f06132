/**
 * `@remit/store-postgres/location`: reading a PostgreSQL store's URL (its schema parameter,
 * and the name messages give it without the password), without loading the driver: a command
 * line reads it before it knows whether it will open the store at all.
 * @module
 */
export { readPostgresLocation, type PostgresLocation, type PostgresLocationRefusal } from "./PostgresLocation";
