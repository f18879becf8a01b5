-- U1__drop_measurements.sql (postgresql)
-- Written by Stratum from the entity model. Do not edit: Flyway rejects a changed migration it has
-- applied. Change the entities instead, and the next compile writes the next migration.
--
-- What:
--   drop table measurements (12 columns)
-- Why:
--   reverts V1 (V1__create_measurements.sql), which was written because:
--     table measurements is new: entity example.lab.Measurement maps to it
-- Risk:
--   drops table measurements: its rows are lost and cannot be restored by this script
-- Roll back:
--   this script reverts V1; migrating up again re-applies V1__create_measurements.sql

drop table measurements;
