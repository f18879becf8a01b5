-- U1__drop_account.sql (postgresql)
-- Written by Stratum from the entity model. Do not edit: Flyway rejects a changed migration it has
-- applied. Change the entities instead, and the next compile writes the next migration.
--
-- What:
--   drop table account (4 columns)
-- Why:
--   reverts V1 (V1__create_account.sql), which was written because:
--     table account is new: entity example.portal.Account maps to it
-- Risk:
--   drops table account: its rows are lost and cannot be restored by this script
-- Roll back:
--   this script reverts V1; migrating up again re-applies V1__create_account.sql

drop table account;
