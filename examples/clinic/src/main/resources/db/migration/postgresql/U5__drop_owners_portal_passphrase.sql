-- U5__drop_owners_portal_passphrase.sql (postgresql)
-- Written by Stratum from the entity model. Do not edit: Flyway rejects a changed migration it has
-- applied. Change the entities instead, and the next compile writes the next migration.
--
-- What:
--   drop column owners.portal_passphrase VARCHAR(255) NULL
-- Why:
--   reverts V5 (V5__add_owners_portal_passphrase.sql), which was written because:
--     a field of the entity mapping owners maps to the new column portal_passphrase
-- Risk:
--   drops column owners.portal_passphrase: its values are lost and cannot be restored by this script
-- Roll back:
--   this script reverts V5; migrating up again re-applies V5__add_owners_portal_passphrase.sql

alter table owners drop column portal_passphrase;
