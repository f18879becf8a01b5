-- U1__drop_product.sql (postgresql)
-- Written by Stratum from the entity model. Do not edit: Flyway rejects a changed migration it has
-- applied. Change the entities instead, and the next compile writes the next migration.
--
-- What:
--   drop table product (4 columns)
-- Why:
--   reverts V1 (V1__create_product.sql), which was written because:
--     table product is new: entity example.shop.Product maps to it
-- Risk:
--   drops table product: its rows are lost and cannot be restored by this script
-- Roll back:
--   this script reverts V1; migrating up again re-applies V1__create_product.sql

drop table product;
