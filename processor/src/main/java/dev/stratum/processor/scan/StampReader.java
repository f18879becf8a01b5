package dev.stratum.processor.scan;

import dev.stratum.processor.diagnostics.Code;
import dev.stratum.processor.diagnostics.Report;
import dev.stratum.processor.model.Location;
import dev.stratum.processor.model.PropertyModel.Stamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/** Reads the markers of fields the repository fills itself: the owner ({@code @OwnedBy}) and the audit fields. */
final class StampReader {

    private static final Map<String, Stamp> MARKERS = markers();

    private StampReader() {
    }

    private static Map<String, Stamp> markers() {
        Map<String, Stamp> markers = new LinkedHashMap<>();
        markers.put(Jpa.OWNED_BY, Stamp.OWNER);
        markers.put(Jpa.CREATED_AT, Stamp.CREATED_AT);
        markers.put(Jpa.UPDATED_AT, Stamp.UPDATED_AT);
        markers.put(Jpa.CREATED_BY, Stamp.CREATED_BY);
        markers.put(Jpa.UPDATED_BY, Stamp.UPDATED_BY);
        return markers;
    }

    /** Whether the field carries any of the markers. */
    static boolean marked(VariableElement field) {
        return MARKERS.keySet().stream().anyMatch(marker -> Mirrors.has(field, marker));
    }

    /** What fills the field, if it is marked; two markers on one field are reported. */
    static Optional<Stamp> read(VariableElement field, Location at, Report report) {
        List<String> present = MARKERS.keySet().stream().filter(marker -> Mirrors.has(field, marker)).toList();
        if (present.size() > 1) {
            report.error(present.contains(Jpa.OWNED_BY) ? Code.INVALID_OWNER_SCOPE : Code.INVALID_AUDIT_FIELD,
                    at.annotation(present.get(1)), at.describe() + " is marked @" + simpleName(present.get(0))
                            + " and @" + simpleName(present.get(1)) + "; the repository fills a field with one value,"
                            + " keep one marker");
        }
        return present.stream().findFirst().map(MARKERS::get);
    }

    /** The roles {@code @OwnedBy(bypassRoles)} names on the entity's owner field, if it has one. */
    static List<String> bypassRoles(TypeElement entity, Mirrors mirrors) {
        return EntityScanner.persistentFields(entity).stream()
                .flatMap(field -> Mirrors.find(field, Jpa.OWNED_BY).stream())
                .findFirst()
                .map(owned -> mirrors.strings(owned, "bypassRoles"))
                .orElse(List.of());
    }

    private static String simpleName(String annotation) {
        return annotation.substring(annotation.lastIndexOf('.') + 1);
    }
}
