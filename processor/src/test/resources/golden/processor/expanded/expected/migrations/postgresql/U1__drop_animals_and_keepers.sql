-- U1__drop_animals_and_keepers.sql (postgresql)
-- Written by Stratum from the entity model. Do not edit: Flyway rejects a changed migration it has
-- applied. Change the entities instead, and the next compile writes the next migration.
--
-- What:
--   drop table animals (5 columns; foreign keys to keepers)
--   drop table keepers (4 columns)
-- Why:
--   reverts V1 (V1__create_animals_and_keepers.sql), which was written because:
--     table keepers is new: entity example.zoo.Keeper maps to it
--     table animals is new: entity example.zoo.Animal maps to it
-- Risk:
--   drops table animals: its rows are lost and cannot be restored by this script
--   drops table keepers: its rows are lost and cannot be restored by this script
-- Roll back:
--   this script reverts V1; migrating up again re-applies V1__create_animals_and_keepers.sql

drop table animals;

drop table keepers;
