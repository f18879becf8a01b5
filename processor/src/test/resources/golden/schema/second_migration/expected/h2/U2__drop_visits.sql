-- U2__drop_visits.sql (h2)
-- Written by Stratum from the entity model. Do not edit: Flyway rejects a changed migration it has
-- applied. Change the entities instead, and the next compile writes the next migration.
--
-- What:
--   drop table visits (4 columns)
-- Why:
--   reverts V2 (V2__create_visits.sql), which was written because:
--     table visits is new: entity com.example.clinic.Visit maps to it
-- Risk:
--   drops table visits: its rows are lost and cannot be restored by this script
-- Roll back:
--   this script reverts V2; migrating up again re-applies V2__create_visits.sql

drop table visits;
