-- U2__drop_pets_tags_and_tags_and_drop_foreign_key_pets_owner_id_and_drop_index_pets_owner_id.sql (h2)
-- Written by Stratum from the entity model. Do not edit: Flyway rejects a changed migration it has
-- applied. Change the entities instead, and the next compile writes the next migration.
--
-- What:
--   drop foreign key fk_pets_owner_id on pets(owner_id) referencing owners(id) on delete restrict
--   drop index ix_pets_owner_id on pets(owner_id)
--   drop table pets_tags (2 columns; foreign keys to pets, tags)
--   drop table tags (2 columns)
-- Why:
--   reverts V2 (V2__create_pets_tags_and_tags_and_add_index_pets_owner_id_and_add_foreign_key_pets_owner_id.sql), which was written because:
--     table tags is new: entity example.Tag maps to it
--     table pets_tags is new: entity example.Pet maps to it
--     the foreign-key column pets(owner_id) needs an index, so joins and deletes of referenced rows do not scan the table
--     a relation of the entity mapping pets references owners through pets(owner_id)
-- Risk:
--   drops table pets_tags: its rows are lost and cannot be restored by this script
--   drops table tags: its rows are lost and cannot be restored by this script
-- Roll back:
--   this script reverts V2; migrating up again re-applies V2__create_pets_tags_and_tags_and_add_index_pets_owner_id_and_add_foreign_key_pets_owner_id.sql

alter table pets drop constraint fk_pets_owner_id;

drop index ix_pets_owner_id;

drop table pets_tags;

drop table tags;
