-- U1__drop_customers_and_purchases.sql (postgresql)
-- Written by Stratum from the entity model. Do not edit: Flyway rejects a changed migration it has
-- applied. Change the entities instead, and the next compile writes the next migration.
--
-- What:
--   drop table purchases (7 columns)
--   drop table customers (4 columns)
-- Why:
--   reverts V1 (V1__create_customers_and_purchases.sql), which was written because:
--     table customers is new: entity dev.stratum.benchmarks.repository.Customer maps to it
--     table purchases is new: entity dev.stratum.benchmarks.repository.Purchase maps to it
-- Risk:
--   drops table purchases: its rows are lost and cannot be restored by this script
--   drops table customers: its rows are lost and cannot be restored by this script
-- Roll back:
--   this script reverts V1; migrating up again re-applies V1__create_customers_and_purchases.sql

drop table purchases;

drop table customers;
