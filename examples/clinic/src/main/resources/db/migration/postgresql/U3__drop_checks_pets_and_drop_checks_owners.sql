-- U3__drop_checks_pets_and_drop_checks_owners.sql (postgresql)
-- Written by Stratum from the entity model. Do not edit: Flyway rejects a changed migration it has
-- applied. Change the entities instead, and the next compile writes the next migration.
--
-- What:
--   drop check ck_pets_care_level on pets (care_level >= 1 and care_level <= 5)
--   drop check ck_pets_weight_kg on pets (weight_kg > 0)
--   drop check ck_pets_species on pets ((species = 'DOG' or species = 'CAT' or species = 'RABBIT' or species = 'GUINEA_PIG' or species = 'BIRD' or species = 'REPTILE' or species = 'OTHER'))
--   drop check ck_pets_name on pets (char_length(trim(name)) > 0)
--   drop check ck_owners_tax_number on owners (char_length(trim(tax_number)) > 0)
--   drop check ck_owners_email on owners (char_length(trim(email)) > 0)
--   drop check ck_owners_last_name on owners (char_length(trim(last_name)) > 0)
--   drop check ck_owners_first_name on owners (char_length(trim(first_name)) > 0)
-- Why:
--   reverts V3 (V3__add_checks_owners_and_add_checks_pets.sql), which was written because:
--     the enum or the validation constraints of the field mapping owners.first_name now allow only values where char_length(trim(first_name)) > 0
--     the enum or the validation constraints of the field mapping owners.last_name now allow only values where char_length(trim(last_name)) > 0
--     the enum or the validation constraints of the field mapping owners.email now allow only values where char_length(trim(email)) > 0
--     the enum or the validation constraints of the field mapping owners.tax_number now allow only values where char_length(trim(tax_number)) > 0
--     the enum or the validation constraints of the field mapping pets.name now allow only values where char_length(trim(name)) > 0
--     the enum or the validation constraints of the field mapping pets.species now allow only values where (species = 'DOG' or species = 'CAT' or species = 'RABBIT' or species = 'GUINEA_PIG' or species = 'BIRD' or species = 'REPTILE' or species = 'OTHER')
--     the enum or the validation constraints of the field mapping pets.weight_kg now allow only values where weight_kg > 0
--     the enum or the validation constraints of the field mapping pets.care_level now allow only values where care_level >= 1 and care_level <= 5
-- Risk:
--   none: no existing value is changed or removed, and every statement is a quick catalog change
-- Roll back:
--   this script reverts V3; migrating up again re-applies V3__add_checks_owners_and_add_checks_pets.sql

alter table pets drop constraint ck_pets_care_level;

alter table pets drop constraint ck_pets_weight_kg;

alter table pets drop constraint ck_pets_species;

alter table pets drop constraint ck_pets_name;

alter table owners drop constraint ck_owners_tax_number;

alter table owners drop constraint ck_owners_email;

alter table owners drop constraint ck_owners_last_name;

alter table owners drop constraint ck_owners_first_name;
