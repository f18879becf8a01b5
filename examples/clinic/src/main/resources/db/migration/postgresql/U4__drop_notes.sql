-- U4__drop_notes.sql (postgresql)
-- Written by Stratum from the entity model. Do not edit: Flyway rejects a changed migration it has
-- applied. Change the entities instead, and the next compile writes the next migration.
--
-- What:
--   drop table notes (7 columns)
-- Why:
--   reverts V4 (V4__create_notes.sql), which was written because:
--     table notes is new: entity dev.stratum.examples.clinic.note.Note maps to it
-- Risk:
--   drops table notes: its rows are lost and cannot be restored by this script
-- Roll back:
--   this script reverts V4; migrating up again re-applies V4__create_notes.sql

drop table notes;
