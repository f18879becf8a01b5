-- U9__drop_visits.sql (postgresql)
-- Written by Stratum from the entity model. Do not edit: Flyway rejects a changed migration it has
-- applied. Change the entities instead, and the next compile writes the next migration.
--
-- What:
--   drop table visits (5 columns; foreign keys to pets)
-- Why:
--   reverts V9 (V9__create_visits.sql), which was written because:
--     table visits is new: entity dev.stratum.examples.clinic.visit.Visit maps to it
-- Risk:
--   drops table visits: its rows are lost and cannot be restored by this script
-- Roll back:
--   this script reverts V9; migrating up again re-applies V9__create_visits.sql

drop table visits;
