-- V2__add_index_pets_owner_id_and_add_foreign_key_pets_owner_id.sql (postgresql)
-- Written by Stratum from the entity model. Do not edit: Flyway rejects a changed migration it has
-- applied. Change the entities instead, and the next compile writes the next migration.
--
-- What:
--   create index ix_pets_owner_id on pets(owner_id)
--   add foreign key fk_pets_owner_id on pets(owner_id) referencing owners(id) on delete restrict
-- Why:
--   the foreign-key column pets(owner_id) needs an index, so joins and deletes of referenced rows do not scan the table
--   a relation of the entity mapping pets references owners through pets(owner_id)
-- Risk:
--   creating index ix_pets_owner_id blocks writes to pets while it is built, which takes time on a large table
--   adding foreign key fk_pets_owner_id scans pets under a lock and fails if a row references a missing owners row
-- Roll back:
--   run U2__drop_foreign_key_pets_owner_id_and_drop_index_pets_owner_id.sql; it restores exactly the schema before V2

create index ix_pets_owner_id on pets (owner_id);

alter table pets add constraint fk_pets_owner_id foreign key (owner_id) references owners (id) on delete restrict;
