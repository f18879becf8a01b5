-- V7__create_stratum_idempotency.sql (h2)
-- Written by Stratum from the entity model. Do not edit: Flyway rejects a changed migration it has
-- applied. Change the entities instead, and the next compile writes the next migration.
--
-- What:
--   create table stratum_idempotency (10 columns)
-- Why:
--   table stratum_idempotency is new: the processor option -Astratum.idempotency=true asks for it
-- Risk:
--   creates a new empty table; no existing data is touched
-- Roll back:
--   run U7__drop_stratum_idempotency.sql; it restores exactly the schema before V7

create table stratum_idempotency (
    scope           character varying(255) not null,
    idempotency_key character varying(255) not null,
    fingerprint     character varying(64) not null,
    status          integer,
    location        character varying(2048),
    etag            character varying(255),
    content_type    character varying(255),
    body            character varying(1000000),
    created_at      timestamp with time zone not null,
    expires_at      timestamp with time zone not null,
    constraint pk_stratum_idempotency primary key (scope, idempotency_key)
);
create index ix_stratum_idempotency_expires_at on stratum_idempotency (expires_at);
