package dev.stratum.runtime.audit;

import dev.stratum.runtime.security.Caller;
import dev.stratum.runtime.security.CurrentPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one event per completed write to the logger {@value #LOGGER}, as SLF4J key-value pairs that structured log
 * formats turn into fields: {@code principal}, {@code entity}, {@code operation} and {@code entityId}. The time is the
 * event's own and the request id comes from the logging context, like every line of a request. Field values of the
 * entity are never part of it, so nothing sensitive can reach the audit trail.
 */
public final class AuditLog {

    /** The logger name, so an application can route audit events to their own appender. */
    public static final String LOGGER = "stratum.audit";

    /** The principal recorded for a write nobody authenticated for, e.g. on a public operation. */
    public static final String ANONYMOUS = "anonymous";

    private static final Logger log = LoggerFactory.getLogger(LOGGER);

    private AuditLog() {
    }

    /**
     * Records that {@code operation} ({@code create}, {@code update}, {@code delete}) on the {@code entity} with
     * {@code id} completed.
     */
    public static void written(CurrentPrincipal principal, String entity, String operation, Object id) {
        String who = principal.caller().map(Caller::id).orElse(ANONYMOUS);
        log.atInfo()
                .addKeyValue("principal", who)
                .addKeyValue("entity", entity)
                .addKeyValue("operation", operation)
                .addKeyValue("entityId", String.valueOf(id))
                .log("{} {} {} by {}", entity, id, pastTense(operation), who);
    }

    private static String pastTense(String operation) {
        return operation.endsWith("e") ? operation + "d" : operation + "ed";
    }
}
