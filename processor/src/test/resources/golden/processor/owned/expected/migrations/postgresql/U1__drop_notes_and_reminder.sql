-- U1__drop_notes_and_reminder.sql (postgresql)
-- Written by Stratum from the entity model. Do not edit: Flyway rejects a changed migration it has
-- applied. Change the entities instead, and the next compile writes the next migration.
--
-- What:
--   drop table reminder (6 columns)
--   drop table notes (7 columns)
-- Why:
--   reverts V1 (V1__create_notes_and_reminder.sql), which was written because:
--     table notes is new: entity example.notes.Note maps to it
--     table reminder is new: entity example.notes.Reminder maps to it
-- Risk:
--   drops table reminder: its rows are lost and cannot be restored by this script
--   drops table notes: its rows are lost and cannot be restored by this script
-- Roll back:
--   this script reverts V1; migrating up again re-applies V1__create_notes_and_reminder.sql

drop table reminder;

drop table notes;
