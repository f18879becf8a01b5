-- U1__drop_customer.sql (postgresql)
-- Written by Stratum from the entity model. Do not edit: Flyway rejects a changed migration it has
-- applied. Change the entities instead, and the next compile writes the next migration.
--
-- What:
--   drop table customer (12 columns)
-- Why:
--   reverts V1 (V1__create_customer.sql), which was written because:
--     table customer is new: entity example.shop.Customer maps to it
-- Risk:
--   drops table customer: its rows are lost and cannot be restored by this script
-- Roll back:
--   this script reverts V1; migrating up again re-applies V1__create_customer.sql

drop table customer;
