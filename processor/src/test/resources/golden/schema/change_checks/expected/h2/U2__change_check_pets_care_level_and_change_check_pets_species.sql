-- U2__change_check_pets_care_level_and_change_check_pets_species.sql (h2)
-- Written by Stratum from the entity model. Do not edit: Flyway rejects a changed migration it has
-- applied. Change the entities instead, and the next compile writes the next migration.
--
-- What:
--   drop check ck_pets_care_level on pets (care_level >= 2 and care_level <= 5)
--   drop check ck_pets_species on pets (case species when 'CAT' then true when 'DOG' then true when 'RABBIT' then true else species is null end)
--   add check ck_pets_care_level on pets (care_level >= 1 and care_level <= 5)
--   add check ck_pets_species on pets (case species when 'CAT' then true when 'DOG' then true else species is null end)
-- Why:
--   reverts V2 (V2__change_check_pets_species_and_change_check_pets_care_level.sql), which was written because:
--     the enum or the validation constraints of the field mapping pets.species no longer require case species when 'CAT' then true when 'DOG' then true else species is null end
--     the enum or the validation constraints of the field mapping pets.care_level no longer require care_level >= 1 and care_level <= 5
--     the enum or the validation constraints of the field mapping pets.species now allow only values where case species when 'CAT' then true when 'DOG' then true when 'RABBIT' then true else species is null end
--     the enum or the validation constraints of the field mapping pets.care_level now allow only values where care_level >= 2 and care_level <= 5
-- Risk:
--   adding check ck_pets_care_level scans pets under a lock and fails if a row breaks it
--   adding check ck_pets_species scans pets under a lock and fails if a row breaks it
-- Roll back:
--   this script reverts V2; migrating up again re-applies V2__change_check_pets_species_and_change_check_pets_care_level.sql

alter table pets drop constraint ck_pets_care_level;

alter table pets drop constraint ck_pets_species;

alter table pets add constraint ck_pets_care_level check (care_level >= 1 and care_level <= 5);

alter table pets add constraint ck_pets_species check (case species when 'CAT' then true when 'DOG' then true else species is null end);
