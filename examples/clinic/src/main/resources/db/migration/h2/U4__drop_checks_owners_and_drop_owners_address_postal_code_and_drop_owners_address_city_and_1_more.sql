-- U4__drop_checks_owners_and_drop_owners_address_postal_code_and_drop_owners_address_city_and_1_more.sql (h2)
-- Written by Stratum from the entity model. Do not edit: Flyway rejects a changed migration it has
-- applied. Change the entities instead, and the next compile writes the next migration.
--
-- What:
--   drop check ck_owners_address_postal_code on owners (char_length(trim(address_postal_code)) > 0)
--   drop check ck_owners_address_city on owners (char_length(trim(address_city)) > 0)
--   drop check ck_owners_address_street on owners (char_length(trim(address_street)) > 0)
--   drop column owners.address_postal_code VARCHAR(5) NULL
--   drop column owners.address_city VARCHAR(40) NULL
--   drop column owners.address_street VARCHAR(80) NULL
-- Why:
--   reverts V4 (V4__add_owners_address_street_and_add_owners_address_city_and_add_owners_address_postal_code_and_1_more.sql), which was written because:
--     a field of the entity mapping owners maps to the new column address_street
--     a field of the entity mapping owners maps to the new column address_city
--     a field of the entity mapping owners maps to the new column address_postal_code
--     the enum or the validation constraints of the field mapping owners.address_street now allow only values where char_length(trim(address_street)) > 0
--     the enum or the validation constraints of the field mapping owners.address_city now allow only values where char_length(trim(address_city)) > 0
--     the enum or the validation constraints of the field mapping owners.address_postal_code now allow only values where char_length(trim(address_postal_code)) > 0
-- Risk:
--   drops column owners.address_postal_code: its values are lost and cannot be restored by this script
--   drops column owners.address_city: its values are lost and cannot be restored by this script
--   drops column owners.address_street: its values are lost and cannot be restored by this script
-- Roll back:
--   this script reverts V4; migrating up again re-applies V4__add_owners_address_street_and_add_owners_address_city_and_add_owners_address_postal_code_and_1_more.sql

alter table owners drop constraint ck_owners_address_postal_code;

alter table owners drop constraint ck_owners_address_city;

alter table owners drop constraint ck_owners_address_street;

alter table owners drop column address_postal_code;

alter table owners drop column address_city;

alter table owners drop column address_street;
