-- U2__drop_foreign_key_purchases_customer_id_and_drop_index_purchases_customer_id.sql (postgresql)
-- Written by Stratum from the entity model. Do not edit: Flyway rejects a changed migration it has
-- applied. Change the entities instead, and the next compile writes the next migration.
--
-- What:
--   drop foreign key fk_purchases_customer_id on purchases(customer_id) referencing customers(id) on delete restrict
--   drop index ix_purchases_customer_id on purchases(customer_id)
-- Why:
--   reverts V2 (V2__add_index_purchases_customer_id_and_add_foreign_key_purchases_customer_id.sql), which was written because:
--     the foreign-key column purchases(customer_id) needs an index, so joins and deletes of referenced rows do not scan the table
--     a relation of the entity mapping purchases references customers through purchases(customer_id)
-- Risk:
--   none: no existing value is changed or removed, and every statement is a quick catalog change
-- Roll back:
--   this script reverts V2; migrating up again re-applies V2__add_index_purchases_customer_id_and_add_foreign_key_purchases_customer_id.sql

alter table purchases drop constraint fk_purchases_customer_id;

drop index ix_purchases_customer_id;
