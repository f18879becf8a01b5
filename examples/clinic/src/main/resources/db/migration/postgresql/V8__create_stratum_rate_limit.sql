-- V8__create_stratum_rate_limit.sql (postgresql)
-- Written by Stratum from the entity model. Do not edit: Flyway rejects a changed migration it has
-- applied. Change the entities instead, and the next compile writes the next migration.
--
-- What:
--   create table stratum_rate_limit (3 columns)
-- Why:
--   table stratum_rate_limit is new: the processor option -Astratum.rateLimit.store=jdbc asks for it
-- Risk:
--   creates a new empty table; no existing data is touched
-- Roll back:
--   run U8__drop_stratum_rate_limit.sql; it restores exactly the schema before V8

create table stratum_rate_limit (
    bucket_key varchar(255) not null,
    state      varchar(4000) not null,
    expires_at timestamp with time zone not null,
    constraint pk_stratum_rate_limit primary key (bucket_key)
);
create index ix_stratum_rate_limit_expires_at on stratum_rate_limit (expires_at);
