-- U1__drop_books_and_shelves.sql (h2)
-- Written by Stratum from the entity model. Do not edit: Flyway rejects a changed migration it has
-- applied. Change the entities instead, and the next compile writes the next migration.
--
-- What:
--   drop table books (9 columns; foreign keys to shelves)
--   drop table shelves (4 columns)
-- Why:
--   reverts V1 (V1__create_books_and_shelves.sql), which was written because:
--     table shelves is new: entity example.catalog.Shelf maps to it
--     table books is new: entity example.catalog.Book maps to it
-- Risk:
--   drops table books: its rows are lost and cannot be restored by this script
--   drops table shelves: its rows are lost and cannot be restored by this script
-- Roll back:
--   this script reverts V1; migrating up again re-applies V1__create_books_and_shelves.sql

drop table books;

drop table shelves;
