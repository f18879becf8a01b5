-- U3__drop_notes_and_drop_checks_pets_and_drop_checks_owners.sql (postgresql)
-- Written by Stratum from the entity model. Do not edit: Flyway rejects a changed migration it has
-- applied. Change the entities instead, and the next compile writes the next migration.
--
-- What:
--   drop table notes (7 columns)
--   drop check ck_pets_care_level on pets (care_level >= 1 and care_level <= 5)
--   drop check ck_pets_weight_kg on pets (weight_kg > 0)
--   drop check ck_pets_species on pets (case species when 'DOG' then true when 'CAT' then true when 'RABBIT' then true when 'GUINEA_PIG' then true when 'BIRD' then true when 'REPTILE' then true when 'OTHER' then true else species is null end)
--   drop check ck_pets_name on pets (char_length(trim(name)) > 0)
--   drop check ck_owners_tax_number on owners (char_length(trim(tax_number)) > 0)
--   drop check ck_owners_email on owners (char_length(trim(email)) > 0)
--   drop check ck_owners_last_name on owners (char_length(trim(last_name)) > 0)
--   drop check ck_owners_first_name on owners (char_length(trim(first_name)) > 0)
-- Why:
--   reverts V3 (V3__create_notes_and_add_checks_owners_and_add_checks_pets.sql), which was written because:
--     the enum or the validation constraints of the field mapping owners.first_name now allow only values where char_length(trim(first_name)) > 0
--     the enum or the validation constraints of the field mapping owners.last_name now allow only values where char_length(trim(last_name)) > 0
--     the enum or the validation constraints of the field mapping owners.email now allow only values where char_length(trim(email)) > 0
--     the enum or the validation constraints of the field mapping owners.tax_number now allow only values where char_length(trim(tax_number)) > 0
--     the enum or the validation constraints of the field mapping pets.name now allow only values where char_length(trim(name)) > 0
--     the enum or the validation constraints of the field mapping pets.species now allow only values where case species when 'DOG' then true when 'CAT' then true when 'RABBIT' then true when 'GUINEA_PIG' then true when 'BIRD' then true when 'REPTILE' then true when 'OTHER' then true else species is null end
--     the enum or the validation constraints of the field mapping pets.weight_kg now allow only values where weight_kg > 0
--     the enum or the validation constraints of the field mapping pets.care_level now allow only values where care_level >= 1 and care_level <= 5
--     table notes is new: entity dev.stratum.examples.clinic.note.Note maps to it
-- Risk:
--   drops table notes: its rows are lost and cannot be restored by this script
-- Roll back:
--   this script reverts V3; migrating up again re-applies V3__create_notes_and_add_checks_owners_and_add_checks_pets.sql

drop table notes;

alter table pets drop constraint ck_pets_care_level;

alter table pets drop constraint ck_pets_weight_kg;

alter table pets drop constraint ck_pets_species;

alter table pets drop constraint ck_pets_name;

alter table owners drop constraint ck_owners_tax_number;

alter table owners drop constraint ck_owners_email;

alter table owners drop constraint ck_owners_last_name;

alter table owners drop constraint ck_owners_first_name;
