package example.notes;

import dev.stratum.annotations.Finders;
import java.util.List;

/** A finder of an entity scoped without a bypass role: the caller's own reminders only. */
@Finders(Reminder.class)
public interface ReminderFinders {

    List<Reminder> findByOrderBySubjectAsc();
}
