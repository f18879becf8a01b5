-- U1__drop_pets.sql (h2)
-- Written by Stratum from the entity model. Do not edit: Flyway rejects a changed migration it has
-- applied. Change the entities instead, and the next compile writes the next migration.
--
-- What:
--   drop table pets (8 columns)
-- Why:
--   reverts V1 (V1__create_pets.sql), which was written because:
--     table pets is new: entity example.finders.Pet maps to it
-- Risk:
--   drops table pets: its rows are lost and cannot be restored by this script
-- Roll back:
--   this script reverts V1; migrating up again re-applies V1__create_pets.sql

drop table pets;
