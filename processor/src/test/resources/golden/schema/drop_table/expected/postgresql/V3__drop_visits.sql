-- V3__drop_visits.sql (postgresql)
-- Written by Stratum from the entity model. Do not edit: Flyway rejects a changed migration it has
-- applied. Change the entities instead, and the next compile writes the next migration.
--
-- What:
--   drop table visits (4 columns)
-- Why:
--   table visits is no longer mapped: entity com.example.clinic.Visit, which mapped it, is not in the model
-- Risk:
--   drops table visits: its rows are lost and cannot be restored by this script
-- Consent:
--   @ConsentToDataLoss("drop table visits") in the model: every row of table visits is lost
-- Roll back:
--   run U3__create_visits.sql; it restores exactly the schema before V3
--   the data this script removes cannot be restored by it; restore a backup for that

drop table visits;
