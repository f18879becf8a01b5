-- V6__add_pets_last_checkup_at.sql (h2)
-- Written by Stratum from the entity model. Do not edit: Flyway rejects a changed migration it has
-- applied. Change the entities instead, and the next compile writes the next migration.
--
-- What:
--   add column pets.last_checkup_at TIMESTAMP NULL
-- Why:
--   a field of the entity mapping pets maps to the new column last_checkup_at
-- Risk:
--   adds column pets.last_checkup_at; existing rows hold NULL
-- Roll back:
--   run U6__drop_pets_last_checkup_at.sql; it restores exactly the schema before V6

alter table pets add column last_checkup_at timestamp;
