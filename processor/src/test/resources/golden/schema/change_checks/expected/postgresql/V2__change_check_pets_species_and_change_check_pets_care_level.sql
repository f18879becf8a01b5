-- V2__change_check_pets_species_and_change_check_pets_care_level.sql (postgresql)
-- Written by Stratum from the entity model. Do not edit: Flyway rejects a changed migration it has
-- applied. Change the entities instead, and the next compile writes the next migration.
--
-- What:
--   drop check ck_pets_species on pets (case species when 'CAT' then true when 'DOG' then true else species is null end)
--   drop check ck_pets_care_level on pets (care_level >= 1 and care_level <= 5)
--   add check ck_pets_species on pets (case species when 'CAT' then true when 'DOG' then true when 'RABBIT' then true else species is null end)
--   add check ck_pets_care_level on pets (care_level >= 2 and care_level <= 5)
-- Why:
--   the enum or the validation constraints of the field mapping pets.species no longer require case species when 'CAT' then true when 'DOG' then true else species is null end
--   the enum or the validation constraints of the field mapping pets.care_level no longer require care_level >= 1 and care_level <= 5
--   the enum or the validation constraints of the field mapping pets.species now allow only values where case species when 'CAT' then true when 'DOG' then true when 'RABBIT' then true else species is null end
--   the enum or the validation constraints of the field mapping pets.care_level now allow only values where care_level >= 2 and care_level <= 5
-- Risk:
--   adding check ck_pets_species scans pets under a lock and fails if a row breaks it
--   adding check ck_pets_care_level scans pets under a lock and fails if a row breaks it
-- Consent:
--   @ConsentToDataLoss("add check ck_pets_care_level") in the model: the migration fails if a row of pets breaks the new check on pets.care_level (care_level >= 2 and care_level <= 5); fix such rows in an earlier migration or loosen the constraint
-- Roll back:
--   run U2__change_check_pets_care_level_and_change_check_pets_species.sql; it restores exactly the schema before V2

alter table pets drop constraint ck_pets_species;

alter table pets drop constraint ck_pets_care_level;

alter table pets add constraint ck_pets_species check (case species when 'CAT' then true when 'DOG' then true when 'RABBIT' then true else species is null end);

alter table pets add constraint ck_pets_care_level check (care_level >= 2 and care_level <= 5);
