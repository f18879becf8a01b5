-- V4__add_owners_address_street_and_add_owners_address_city_and_add_owners_address_postal_code_and_1_more.sql (postgresql)
-- Written by Stratum from the entity model. Do not edit: Flyway rejects a changed migration it has
-- applied. Change the entities instead, and the next compile writes the next migration.
--
-- What:
--   add column owners.address_street VARCHAR(80) NULL
--   add column owners.address_city VARCHAR(40) NULL
--   add column owners.address_postal_code VARCHAR(5) NULL
--   add check ck_owners_address_street on owners (char_length(trim(address_street)) > 0)
--   add check ck_owners_address_city on owners (char_length(trim(address_city)) > 0)
--   add check ck_owners_address_postal_code on owners (char_length(trim(address_postal_code)) > 0)
-- Why:
--   a field of the entity mapping owners maps to the new column address_street
--   a field of the entity mapping owners maps to the new column address_city
--   a field of the entity mapping owners maps to the new column address_postal_code
--   the enum or the validation constraints of the field mapping owners.address_street now allow only values where char_length(trim(address_street)) > 0
--   the enum or the validation constraints of the field mapping owners.address_city now allow only values where char_length(trim(address_city)) > 0
--   the enum or the validation constraints of the field mapping owners.address_postal_code now allow only values where char_length(trim(address_postal_code)) > 0
-- Risk:
--   adds column owners.address_street; existing rows hold NULL
--   adds column owners.address_city; existing rows hold NULL
--   adds column owners.address_postal_code; existing rows hold NULL
--   adding check ck_owners_address_street scans owners under a lock and fails if a row breaks it
--   adding check ck_owners_address_city scans owners under a lock and fails if a row breaks it
--   adding check ck_owners_address_postal_code scans owners under a lock and fails if a row breaks it
-- Roll back:
--   run U4__drop_checks_owners_and_drop_owners_address_postal_code_and_drop_owners_address_city_and_1_more.sql; it restores exactly the schema before V4

alter table owners add column address_street varchar(80);

alter table owners add column address_city varchar(40);

alter table owners add column address_postal_code varchar(5);

alter table owners add constraint ck_owners_address_street check (char_length(trim(address_street)) > 0);

alter table owners add constraint ck_owners_address_city check (char_length(trim(address_city)) > 0);

alter table owners add constraint ck_owners_address_postal_code check (char_length(trim(address_postal_code)) > 0);
