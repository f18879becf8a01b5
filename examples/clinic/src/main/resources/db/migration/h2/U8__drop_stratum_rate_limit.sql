-- U8__drop_stratum_rate_limit.sql (h2)
-- Written by Stratum from the entity model. Do not edit: Flyway rejects a changed migration it has
-- applied. Change the entities instead, and the next compile writes the next migration.
--
-- What:
--   drop table stratum_rate_limit (3 columns)
-- Why:
--   reverts V8 (V8__create_stratum_rate_limit.sql), which was written because:
--     table stratum_rate_limit is new: the processor option -Astratum.rateLimit.store=jdbc asks for it
-- Risk:
--   drops table stratum_rate_limit: its rows are lost and cannot be restored by this script
-- Roll back:
--   this script reverts V8; migrating up again re-applies V8__create_stratum_rate_limit.sql

drop table stratum_rate_limit;
