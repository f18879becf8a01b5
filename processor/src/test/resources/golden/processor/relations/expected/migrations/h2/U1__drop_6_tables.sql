-- U1__drop_6_tables.sql (h2)
-- Written by Stratum from the entity model. Do not edit: Flyway rejects a changed migration it has
-- applied. Change the entities instead, and the next compile writes the next migration.
--
-- What:
--   drop table animal_tags (2 columns; foreign keys to animals, tags)
--   drop table tags (3 columns)
--   drop table collars (3 columns; foreign keys to animals)
--   drop table animals (5 columns; foreign keys to keepers, enclosures)
--   drop table keepers (3 columns)
--   drop table enclosures (3 columns)
-- Why:
--   reverts V1 (V1__create_6_tables.sql), which was written because:
--     table enclosures is new: entity example.shelter.Enclosure maps to it
--     table keepers is new: entity example.shelter.Keeper maps to it
--     table animals is new: entity example.shelter.Animal maps to it
--     table collars is new: entity example.shelter.Collar maps to it
--     table tags is new: entity example.shelter.Tag maps to it
--     table animal_tags is new: entity example.shelter.Animal maps to it
-- Risk:
--   drops table animal_tags: its rows are lost and cannot be restored by this script
--   drops table tags: its rows are lost and cannot be restored by this script
--   drops table collars: its rows are lost and cannot be restored by this script
--   drops table animals: its rows are lost and cannot be restored by this script
--   drops table keepers: its rows are lost and cannot be restored by this script
--   drops table enclosures: its rows are lost and cannot be restored by this script
-- Roll back:
--   this script reverts V1; migrating up again re-applies V1__create_6_tables.sql

drop table animal_tags;

drop table tags;

drop table collars;

drop table animals;

drop table keepers;

drop table enclosures;
