-- U1__drop_owners_and_pets.sql (h2)
-- Written by Stratum from the entity model. Do not edit: Flyway rejects a changed migration it has
-- applied. Change the entities instead, and the next compile writes the next migration.
--
-- What:
--   drop table pets (13 columns)
--   drop table owners (14 columns)
-- Why:
--   reverts V1 (V1__create_owners_and_pets.sql), which was written because:
--     table owners is new: entity example.clinic.Owner maps to it
--     table pets is new: entity example.clinic.Pet maps to it
-- Risk:
--   drops table pets: its rows are lost and cannot be restored by this script
--   drops table owners: its rows are lost and cannot be restored by this script
-- Roll back:
--   this script reverts V1; migrating up again re-applies V1__create_owners_and_pets.sql

drop table pets;

drop table owners;
