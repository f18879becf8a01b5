-- V3__add_checks_owners_and_add_checks_pets.sql (postgresql)
-- Written by Stratum from the entity model. Do not edit: Flyway rejects a changed migration it has
-- applied. Change the entities instead, and the next compile writes the next migration.
--
-- What:
--   add check ck_owners_first_name on owners (char_length(trim(first_name)) > 0)
--   add check ck_owners_last_name on owners (char_length(trim(last_name)) > 0)
--   add check ck_owners_email on owners (char_length(trim(email)) > 0)
--   add check ck_owners_tax_number on owners (char_length(trim(tax_number)) > 0)
--   add check ck_pets_name on pets (char_length(trim(name)) > 0)
--   add check ck_pets_species on pets ((species = 'DOG' or species = 'CAT' or species = 'RABBIT' or species = 'GUINEA_PIG' or species = 'BIRD' or species = 'REPTILE' or species = 'OTHER'))
--   add check ck_pets_weight_kg on pets (weight_kg > 0)
--   add check ck_pets_care_level on pets (care_level >= 1 and care_level <= 5)
-- Why:
--   the enum or the validation constraints of the field mapping owners.first_name now allow only values where char_length(trim(first_name)) > 0
--   the enum or the validation constraints of the field mapping owners.last_name now allow only values where char_length(trim(last_name)) > 0
--   the enum or the validation constraints of the field mapping owners.email now allow only values where char_length(trim(email)) > 0
--   the enum or the validation constraints of the field mapping owners.tax_number now allow only values where char_length(trim(tax_number)) > 0
--   the enum or the validation constraints of the field mapping pets.name now allow only values where char_length(trim(name)) > 0
--   the enum or the validation constraints of the field mapping pets.species now allow only values where (species = 'DOG' or species = 'CAT' or species = 'RABBIT' or species = 'GUINEA_PIG' or species = 'BIRD' or species = 'REPTILE' or species = 'OTHER')
--   the enum or the validation constraints of the field mapping pets.weight_kg now allow only values where weight_kg > 0
--   the enum or the validation constraints of the field mapping pets.care_level now allow only values where care_level >= 1 and care_level <= 5
-- Risk:
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
--   @ConsentToDataLoss("add check ck_pets_species") in the model: the migration fails if a row of pets breaks the new check on pets.species ((species = 'DOG' or species = 'CAT' or species = 'RABBIT' or species = 'GUINEA_PIG' or species = 'BIRD' or species = 'REPTILE' or species = 'OTHER')); fix such rows in an earlier migration or loosen the constraint
--   @ConsentToDataLoss("add check ck_pets_weight_kg") in the model: the migration fails if a row of pets breaks the new check on pets.weight_kg (weight_kg > 0); fix such rows in an earlier migration or loosen the constraint
--   @ConsentToDataLoss("add check ck_pets_care_level") in the model: the migration fails if a row of pets breaks the new check on pets.care_level (care_level >= 1 and care_level <= 5); fix such rows in an earlier migration or loosen the constraint
-- Roll back:
--   run U3__drop_checks_pets_and_drop_checks_owners.sql; it restores exactly the schema before V3

alter table owners add constraint ck_owners_first_name check (char_length(trim(first_name)) > 0);

alter table owners add constraint ck_owners_last_name check (char_length(trim(last_name)) > 0);

alter table owners add constraint ck_owners_email check (char_length(trim(email)) > 0);

alter table owners add constraint ck_owners_tax_number check (char_length(trim(tax_number)) > 0);

alter table pets add constraint ck_pets_name check (char_length(trim(name)) > 0);

alter table pets add constraint ck_pets_species check ((species = 'DOG' or species = 'CAT' or species = 'RABBIT' or species = 'GUINEA_PIG' or species = 'BIRD' or species = 'REPTILE' or species = 'OTHER'));

alter table pets add constraint ck_pets_weight_kg check (weight_kg > 0);

alter table pets add constraint ck_pets_care_level check (care_level >= 1 and care_level <= 5);
