-- U6__drop_pets_last_checkup_at.sql (postgresql)
-- Written by Stratum from the entity model. Do not edit: Flyway rejects a changed migration it has
-- applied. Change the entities instead, and the next compile writes the next migration.
--
-- What:
--   drop column pets.last_checkup_at TIMESTAMP NULL
-- Why:
--   reverts V6 (V6__add_pets_last_checkup_at.sql), which was written because:
--     a field of the entity mapping pets maps to the new column last_checkup_at
-- Risk:
--   drops column pets.last_checkup_at: its values are lost and cannot be restored by this script
-- Roll back:
--   this script reverts V6; migrating up again re-applies V6__add_pets_last_checkup_at.sql

alter table pets drop column last_checkup_at;
