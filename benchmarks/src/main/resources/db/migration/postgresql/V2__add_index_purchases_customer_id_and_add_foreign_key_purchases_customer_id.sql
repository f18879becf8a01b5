-- V2__add_index_purchases_customer_id_and_add_foreign_key_purchases_customer_id.sql (postgresql)
-- Written by Stratum from the entity model. Do not edit: Flyway rejects a changed migration it has
-- applied. Change the entities instead, and the next compile writes the next migration.
--
-- What:
--   create index ix_purchases_customer_id on purchases(customer_id)
--   add foreign key fk_purchases_customer_id on purchases(customer_id) referencing customers(id) on delete restrict
-- Why:
--   the foreign-key column purchases(customer_id) needs an index, so joins and deletes of referenced rows do not scan the table
--   a relation of the entity mapping purchases references customers through purchases(customer_id)
-- Risk:
--   creating index ix_purchases_customer_id blocks writes to purchases while it is built, which takes time on a large table
--   adding foreign key fk_purchases_customer_id scans purchases under a lock and fails if a row references a missing customers row
-- Roll back:
--   run U2__drop_foreign_key_purchases_customer_id_and_drop_index_purchases_customer_id.sql; it restores exactly the schema before V2

create index ix_purchases_customer_id on purchases (customer_id);

alter table purchases add constraint fk_purchases_customer_id foreign key (customer_id) references customers (id) on delete restrict;
