package dev.stratum.processor.scan;

import dev.stratum.annotations.AccessLevel;
import dev.stratum.annotations.Operation;
import dev.stratum.annotations.Paging;
import dev.stratum.processor.model.AccessPolicy;
import dev.stratum.processor.model.ExposureModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/** Reads {@code @Expose} and the {@code @Allow} policies as written; the rules stage judges them. */
final class ExposureReader {

    private final Mirrors mirrors;

    ExposureReader(Mirrors mirrors) {
        this.mirrors = mirrors;
    }

    Optional<ExposureModel> read(TypeElement entity) {
        return Mirrors.find(entity, Jpa.EXPOSE).map(expose -> new ExposureModel(
                mirrors.string(expose, "path"),
                mirrors.enumNames(expose, "operations").stream().map(Operation::valueOf).distinct().sorted().toList(),
                policies(entity),
                mirrors.integer(expose, "defaultPageSize"),
                mirrors.integer(expose, "maxPageSize"),
                mirrors.integer(expose, "readsPerMinute"),
                mirrors.integer(expose, "writesPerMinute"),
                Paging.valueOf(mirrors.enumName(expose, "paging")),
                mirrors.strings(expose, "sortable"),
                mirrors.strings(expose, "filterable")));
    }

    /** Every {@code @Allow}, whether written once or repeated (then javac wraps them in {@code @Allow.List}). */
    List<AccessPolicy> policies(TypeElement entity) {
        var allows = new ArrayList<AnnotationMirror>();
        Mirrors.find(entity, Jpa.ALLOW).ifPresent(allows::add);
        Mirrors.find(entity, Jpa.ALLOW_LIST).ifPresent(list -> {
            for (AnnotationValue value : mirrors.list(list, "value")) {
                allows.add((AnnotationMirror) value.getValue());
            }
        });
        var policies = new ArrayList<AccessPolicy>();
        for (int i = 0; i < allows.size(); i++) {
            AnnotationMirror allow = allows.get(i);
            policies.add(new AccessPolicy(i,
                    mirrors.enumNames(allow, "value").stream().map(Operation::valueOf).toList(),
                    AccessLevel.valueOf(mirrors.enumName(allow, "access")),
                    mirrors.strings(allow, "roles")));
        }
        return policies;
    }
}
