-- V5__add_owners_portal_passphrase.sql (postgresql)
-- Written by Stratum from the entity model. Do not edit: Flyway rejects a changed migration it has
-- applied. Change the entities instead, and the next compile writes the next migration.
--
-- What:
--   add column owners.portal_passphrase VARCHAR(255) NULL
-- Why:
--   a field of the entity mapping owners maps to the new column portal_passphrase
-- Risk:
--   adds column owners.portal_passphrase; existing rows hold NULL
-- Roll back:
--   run U5__drop_owners_portal_passphrase.sql; it restores exactly the schema before V5

alter table owners add column portal_passphrase varchar(255);
