-- V3__create_notes_and_add_checks_owners_and_add_checks_pets.sql (postgresql)
-- Written by Stratum from the entity model. Do not edit: Flyway rejects a changed migration it has
-- applied. Change the entities instead, and the next compile writes the next migration.
--
-- What:
--   add check ck_owners_first_name on owners (char_length(trim(first_name)) > 0)
--   add check ck_owners_last_name on owners (char_length(trim(last_name)) > 0)
--   add check ck_owners_email on owners (char_length(trim(email)) > 0)
--   add check ck_owners_tax_number on owners (char_length(trim(tax_number)) > 0)
--   add check ck_pets_name on pets (char_length(trim(name)) > 0)
--   add check ck_pets_species on pets (case species when 'DOG' then true when 'CAT' then true when 'RABBIT' then true when 'GUINEA_PIG' then true when 'BIRD' then true when 'REPTILE' then true when 'OTHER' then true else species is null end)
--   add check ck_pets_weight_kg on pets (weight_kg > 0)
--   add check ck_pets_care_level on pets (care_level >= 1 and care_level <= 5)
--   create table notes (7 columns)
-- Why:
--   the enum or the validation constraints of the field mapping owners.first_name now allow only values where char_length(trim(first_name)) > 0
--   the enum or the validation constraints of the field mapping owners.last_name now allow only values where char_length(trim(last_name)) > 0
--   the enum or the validation constraints of the field mapping owners.email now allow only values where char_length(trim(email)) > 0
--   the enum or the validation constraints of the field mapping owners.tax_number now allow only values where char_length(trim(tax_number)) > 0
--   the enum or the validation constraints of the field mapping pets.name now allow only values where char_length(trim(name)) > 0
--   the enum or the validation constraints of the field mapping pets.species now allow only values where case species when 'DOG' then true when 'CAT' then true when 'RABBIT' then true when 'GUINEA_PIG' then true when 'BIRD' then true when 'REPTILE' then true when 'OTHER' then true else species is null end
--   the enum or the validation constraints of the field mapping pets.weight_kg now allow only values where weight_kg > 0
--   the enum or the validation constraints of the field mapping pets.care_level now allow only values where care_level >= 1 and care_level <= 5
--   table notes is new: entity dev.stratum.examples.clinic.note.Note maps to it
-- Risk:
--   creates a new empty table; no existing data is touched
--   adding check ck_owners_first_name scans owners under a lock and fails if a row breaks it
--   adding check ck_owners_last_name scans owners under a lock and fails if a row breaks it
--   adding check ck_owners_email scans owners under a lock and fails if a row breaks it
--   adding check ck_owners_tax_number scans owners under a lock and fails if a row breaks it
--   adding check ck_pets_name scans pets under a lock and fails if a row breaks it
--   adding check ck_pets_species scans pets under a lock and fails if a row breaks it
--   adding check ck_pets_weight_kg scans pets under a lock and fails if a row breaks it
--   adding check ck_pets_care_level scans pets under a lock and fails if a row breaks it
-- Consent:
--   @ConsentToDataLoss("add check ck_owners_first_name") in the model: the migration fails if a row of owners breaks the new check on owners.first_name (char_length(trim(first_name)) > 0); fix such rows in an earlier migration or loosen the constraint
--   @ConsentToDataLoss("add check ck_owners_last_name") in the model: the migration fails if a row of owners breaks the new check on owners.last_name (char_length(trim(last_name)) > 0); fix such rows in an earlier migration or loosen the constraint
--   @ConsentToDataLoss("add check ck_owners_email") in the model: the migration fails if a row of owners breaks the new check on owners.email (char_length(trim(email)) > 0); fix such rows in an earlier migration or loosen the constraint
--   @ConsentToDataLoss("add check ck_owners_tax_number") in the model: the migration fails if a row of owners breaks the new check on owners.tax_number (char_length(trim(tax_number)) > 0); fix such rows in an earlier migration or loosen the constraint
--   @ConsentToDataLoss("add check ck_pets_name") in the model: the migration fails if a row of pets breaks the new check on pets.name (char_length(trim(name)) > 0); fix such rows in an earlier migration or loosen the constraint
--   @ConsentToDataLoss("add check ck_pets_species") in the model: the migration fails if a row of pets breaks the new check on pets.species (case species when 'DOG' then true when 'CAT' then true when 'RABBIT' then true when 'GUINEA_PIG' then true when 'BIRD' then true when 'REPTILE' then true when 'OTHER' then true else species is null end); fix such rows in an earlier migration or loosen the constraint
--   @ConsentToDataLoss("add check ck_pets_weight_kg") in the model: the migration fails if a row of pets breaks the new check on pets.weight_kg (weight_kg > 0); fix such rows in an earlier migration or loosen the constraint
--   @ConsentToDataLoss("add check ck_pets_care_level") in the model: the migration fails if a row of pets breaks the new check on pets.care_level (care_level >= 1 and care_level <= 5); fix such rows in an earlier migration or loosen the constraint
-- Roll back:
--   run U3__drop_notes_and_drop_checks_pets_and_drop_checks_owners.sql; it restores exactly the schema before V3

alter table owners add constraint ck_owners_first_name check (char_length(trim(first_name)) > 0);

alter table owners add constraint ck_owners_last_name check (char_length(trim(last_name)) > 0);

alter table owners add constraint ck_owners_email check (char_length(trim(email)) > 0);

alter table owners add constraint ck_owners_tax_number check (char_length(trim(tax_number)) > 0);

alter table pets add constraint ck_pets_name check (char_length(trim(name)) > 0);

alter table pets add constraint ck_pets_species check (case species when 'DOG' then true when 'CAT' then true when 'RABBIT' then true when 'GUINEA_PIG' then true when 'BIRD' then true when 'REPTILE' then true when 'OTHER' then true else species is null end);

alter table pets add constraint ck_pets_weight_kg check (weight_kg > 0);

alter table pets add constraint ck_pets_care_level check (care_level >= 1 and care_level <= 5);

create table notes (
    id         bigint generated by default as identity not null,
    version    bigint not null,
    text       varchar(500) not null,
    author     varchar(255) not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    updated_by varchar(255),
    constraint pk_notes primary key (id),
    constraint ck_notes_text check (char_length(trim(text)) > 0)
);
create index ix_notes_author on notes (author);
