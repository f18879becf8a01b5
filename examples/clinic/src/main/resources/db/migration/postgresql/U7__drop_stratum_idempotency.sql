-- U7__drop_stratum_idempotency.sql (postgresql)
-- Written by Stratum from the entity model. Do not edit: Flyway rejects a changed migration it has
-- applied. Change the entities instead, and the next compile writes the next migration.
--
-- What:
--   drop table stratum_idempotency (10 columns)
-- Why:
--   reverts V7 (V7__create_stratum_idempotency.sql), which was written because:
--     table stratum_idempotency is new: the processor option -Astratum.idempotency=true asks for it
-- Risk:
--   drops table stratum_idempotency: its rows are lost and cannot be restored by this script
-- Roll back:
--   this script reverts V7; migrating up again re-applies V7__create_stratum_idempotency.sql

drop table stratum_idempotency;
