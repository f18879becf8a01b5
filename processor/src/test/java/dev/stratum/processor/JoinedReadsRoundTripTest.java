package dev.stratum.processor;

import static dev.stratum.processor.LoadedModel.call;
import static dev.stratum.processor.LoadedModel.get;
import static dev.stratum.processor.LoadedModel.set;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.runtime.paging.Keyset;
import dev.stratum.runtime.paging.Page;
import dev.stratum.runtime.paging.PageRequest;
import dev.stratum.runtime.security.Caller;
import dev.stratum.runtime.security.CurrentPrincipal;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Owner-scoped entities with an expanded many-to-one, whose tables share the column names id, version, name, nickname
 * and owner with the joined keepers, read and written through their generated repositories, list queries and finders
 * on a real H2 and a real PostgreSQL: every select list, condition and ordering must name the entity's own columns,
 * or the database refuses the statement as ambiguous. Curators bypass the animals' owner scope; no one the cages'.
 * Rows are compared as "name nickname keeper" text, so a name read from the wrong table shows.
 */
class JoinedReadsRoundTripTest {

    private static final Path MODEL = Path.of("src/test/resources/roundtrip/joined");

    private static final CurrentPrincipal ADA = caller("ada");
    private static final CurrentPrincipal GRACE = caller("grace");
    private static final CurrentPrincipal CURATOR = caller("root", "CURATOR");

    @TempDir
    static Path migrations;
    @TempDir
    static Path classes;
    private static LoadedModel model;

    private final Map<String, Long> ids = new HashMap<>();
    private MigratedDatabase database;
    private DataSource dataSource;
    private Object ann;
    private Object bob;

    @BeforeAll
    static void compileTheModel() throws Exception {
        model = LoadedModel.compile(MODEL, "example.zoo", migrations, classes);
    }

    @AfterAll
    static void unloadTheModel() throws Exception {
        model.close();
    }

    @AfterEach
    void dropTheDatabase() throws Exception {
        if (database != null) {
            database.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void repositoryReadsShowTheKeepersNameAndOnlyTheCallersRows(String vendor) throws Exception {
        seedAnimals(vendor);
        Object ada = repository("Animal", ADA);

        Object rex = ((Optional<?>) call(ada, "findById", ids.get("ada Rex"))).orElseThrow();
        assertThat(described(rex)).isEqualTo("Rex Rexy Ann");
        assertThat(get(get(rex, "keeper"), "id")).isEqualTo(get(ann, "id"));
        assertThat(get(rex, "owner")).isEqualTo("ada");
        assertThat(rows(call(ada, "findById", ids.get("grace Fido")))).isEmpty();
        assertThat(rows(call(repository("Animal", CURATOR), "findById", ids.get("grace Fido"))))
                .containsExactly("Fido Aaa Ann");

        Page<?> first = (Page<?>) call(ada, "findPage", new PageRequest(0, 2));
        assertThat(rows(first)).containsExactly("Rex Rexy Ann", "Bella - Bob");
        assertThat(first.totalItems()).isEqualTo(5);
        assertThat(rows(call(ada, "findPage", new PageRequest(2, 2)))).containsExactly("Ella Ace Bob");

        assertThat(names(call(ada, "findPageAfter", null, 3))).containsExactly("Rex", "Bella", "Coco");
        assertThat(names(call(ada, "findPageAfter", ids.get("ada Coco"), 3))).containsExactly("Dex", "Ella");
        assertThat(rows(call(repository("Animal", GRACE), "findPageAfter", null, 10)))
                .containsExactly("Fido Aaa Ann", "Rex Rocky Bob", "Zed - -");
        assertThat(names(call(repository("Animal", CURATOR), "findPageAfter", ids.get("ada Coco"), 10)))
                .containsExactly("Rex", "Dex", "Ella", "Zed");

        try (Stream<?> stream = (Stream<?>) call(repository("Animal", GRACE), "streamAll")) {
            assertThat(stream.map(this::described)).containsExactly("Fido Aaa Ann", "Rex Rocky Bob", "Zed - -");
        }
        try (Stream<?> stream = (Stream<?>) call(ada, "streamAll", 2)) {
            assertThat(stream.map(row -> get(row, "name"))).containsExactly("Rex", "Bella", "Coco", "Dex", "Ella");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void listQueriesSortEitherWayAndContinueAfterAValueOrANull(String vendor) throws Exception {
        seedAnimals(vendor);

        assertThat(pages(ADA, 2, "sort", "id")).isEqualTo(List.of(
                List.of("Rex", "Bella"), List.of("Coco", "Dex"), List.of("Ella")));
        assertThat(pages(ADA, 2, "sort", "-id")).isEqualTo(List.of(
                List.of("Ella", "Dex"), List.of("Coco", "Bella"), List.of("Rex")));
        assertThat(pages(ADA, 2, "sort", "name")).isEqualTo(List.of(
                List.of("Bella", "Coco"), List.of("Dex", "Ella"), List.of("Rex")));
        assertThat(pages(ADA, 2, "sort", "-name")).isEqualTo(List.of(
                List.of("Rex", "Ella"), List.of("Dex", "Coco"), List.of("Bella")));
        // nulls last both ways, ties by id in the sort's direction: the third page continues after a null
        assertThat(pages(ADA, 2, "sort", "nickname")).isEqualTo(List.of(
                List.of("Ella", "Coco"), List.of("Rex", "Bella"), List.of("Dex")));
        assertThat(pages(ADA, 2, "sort", "-nickname")).isEqualTo(List.of(
                List.of("Rex", "Coco"), List.of("Ella", "Dex"), List.of("Bella")));

        Object byName = listQuery("Animal", "sort", "name");
        assertThat(rows(call(repository("Animal", ADA), "findPageAfter", byName, null, 2)))
                .containsExactly("Bella - Bob", "Coco Bubbles Ann");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void listQueriesFilterOnTheEntitysOwnColumnsWithinTheOwnerScope(String vendor) throws Exception {
        seedAnimals(vendor);
        String annId = get(ann, "id").toString();
        String bobId = get(bob, "id").toString();

        assertThat(pages(ADA, 2, "name", "Rex")).isEqualTo(List.of(List.of("Rex")));
        Object rexes = listQuery("Animal", "name", "Rex", "sort", "-id");
        assertThat(rows(call(repository("Animal", CURATOR), "findPageAfter", rexes, null, 5)))
                .containsExactly("Rex Rocky Bob", "Rex Rexy Ann");
        assertThat(pages(ADA, 1, "keeperId", annId, "sort", "-name")).isEqualTo(List.of(
                List.of("Rex"), List.of("Coco")));
        assertThat(pages(ADA, 2, "keeperId", bobId, "sort", "nickname")).isEqualTo(List.of(
                List.of("Ella", "Bella")));
        assertThat(pages(CURATOR, 2, "keeperId", bobId, "sort", "nickname")).isEqualTo(List.of(
                List.of("Ella", "Rex"), List.of("Bella")));
        assertThat(pages(ADA, 2, "keeperId", annId, "name", "Coco")).isEqualTo(List.of(List.of("Coco")));
        assertThat(pages(ADA, 2, "keeperId", bobId, "name", "Coco")).isEqualTo(List.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void findersFindCountAndDeleteTheCallersRowsOnly(String vendor) throws Exception {
        seedAnimals(vendor);
        Object ada = model.create("JdbcAnimalFinders", dataSource, ADA);
        Object grace = model.create("JdbcAnimalFinders", dataSource, GRACE);
        Object curator = model.create("JdbcAnimalFinders", dataSource, CURATOR);

        assertThat(rows(call(ada, "findByNameOrderByIdDesc", "Rex"))).containsExactly("Rex Rexy Ann");
        assertThat(rows(call(grace, "findByNameOrderByIdDesc", "Rex"))).containsExactly("Rex Rocky Bob");
        assertThat(rows(call(curator, "findByNameOrderByIdDesc", "Rex")))
                .containsExactly("Rex Rocky Bob", "Rex Rexy Ann");
        List<Long> someIds = List.of(ids.get("ada Rex"), ids.get("grace Fido"), ids.get("ada Ella"));
        assertThat(rows(call(ada, "findByIdIn", someIds))).containsExactlyInAnyOrder("Rex Rexy Ann", "Ella Ace Bob");
        assertThat(rows(call(ada, "findByNicknameIgnoreCase", "BUBBLES"))).containsExactly("Coco Bubbles Ann");
        assertThat(rows(call(ada, "findByNicknameIgnoreCase", "aaa"))).isEmpty();
        assertThat(rows(call(grace, "findByNicknameIgnoreCase", "aaa"))).containsExactly("Fido Aaa Ann");
        // a finder's descending order writes no NULLS LAST: both databases put nulls first
        assertThat(names(call(ada, "findByNameContainingIgnoreCaseOrderByNicknameDescIdAsc", "E")))
                .containsExactly("Bella", "Dex", "Rex", "Ella");
        assertThat(names(call(ada, "findByVersionGreaterThanOrderByNameAsc", -1L)))
                .containsExactly("Bella", "Coco", "Dex", "Ella", "Rex");

        Page<?> first = (Page<?>) call(ada, "findByNicknameIsNotNullOrderByNameDesc", new PageRequest(0, 2));
        assertThat(rows(first)).containsExactly("Rex Rexy Ann", "Ella Ace Bob");
        assertThat(first.totalItems()).isEqualTo(3);
        assertThat(rows(call(ada, "findByNicknameIsNotNullOrderByNameDesc", new PageRequest(1, 2))))
                .containsExactly("Coco Bubbles Ann");

        assertThat(call(ada, "existsByName", "Coco")).isEqualTo(true);
        assertThat(call(ada, "existsByName", "Fido")).isEqualTo(false);
        assertThat(call(grace, "existsByName", "Fido")).isEqualTo(true);
        assertThat(call(ada, "countByNicknameIsNull")).isEqualTo(2L);
        assertThat(call(grace, "countByNicknameIsNull")).isEqualTo(1L);
        assertThat(call(curator, "countByNicknameIsNull")).isEqualTo(3L);

        assertThat(call(ada, "deleteByName", "Rex")).isEqualTo(1L);
        assertThat(rows(call(curator, "findByNameOrderByIdDesc", "Rex"))).containsExactly("Rex Rocky Bob");
        assertThat(call(ada, "existsByName", "Rex")).isEqualTo(false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void updatesAndDeletesCheckTheVersionAndTheOwner(String vendor) throws Exception {
        seedAnimals(vendor);
        Object ada = repository("Animal", ADA);
        Object grace = repository("Animal", GRACE);
        Object rex = find(ada, "ada Rex");
        Object staleRex = find(ada, "ada Rex");

        set(rex, "nickname", "Rexford");
        set(rex, "keeper", bob);
        assertThat(call(ada, "update", rex)).isEqualTo(true);
        assertThat(get(rex, "version")).isEqualTo(1L);
        assertThat(described(find(ada, "ada Rex"))).isEqualTo("Rex Rexford Bob");
        set(staleRex, "nickname", "Stale");
        assertThat(call(ada, "update", staleRex)).isEqualTo(false);
        Object finders = model.create("JdbcAnimalFinders", dataSource, ADA);
        assertThat(rows(call(finders, "findByVersionGreaterThanOrderByNameAsc", 0L)))
                .containsExactly("Rex Rexford Bob");

        Object coco = find(ada, "ada Coco");
        set(coco, "nickname", "Stolen");
        assertThat(call(grace, "update", coco)).isEqualTo(false);
        assertThat(described(find(ada, "ada Coco"))).isEqualTo("Coco Bubbles Ann");
        set(coco, "nickname", "Curated");
        assertThat(call(repository("Animal", CURATOR), "update", coco)).isEqualTo(true);
        Object curated = find(ada, "ada Coco");
        assertThat(described(curated)).isEqualTo("Coco Curated Ann");
        assertThat(get(curated, "owner")).isEqualTo("ada");

        Object bella = find(ada, "ada Bella");
        assertThat(call(grace, "delete", bella)).isEqualTo(false);
        assertThat(call(grace, "deleteById", ids.get("ada Bella"))).isEqualTo(false);
        set(bella, "version", 7L);
        assertThat(call(ada, "delete", bella)).isEqualTo(false);
        set(bella, "version", 0L);
        assertThat(call(ada, "delete", bella)).isEqualTo(true);
        assertThat(call(ada, "deleteById", ids.get("ada Dex"))).isEqualTo(true);
        assertThat(call(ada, "deleteById", ids.get("grace Zed"))).isEqualTo(false);
        assertThat(names(call(ada, "findPageAfter", null, 10))).containsExactly("Rex", "Coco", "Ella");
        assertThat(names(call(grace, "findPageAfter", null, 10))).containsExactly("Fido", "Rex", "Zed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void withoutBypassRolesOnlyTheOwnerReadsListsAndWrites(String vendor) throws Exception {
        seedKeepers(vendor);
        long adaNorth = insert(ADA, "Cage", "name", "North", "keeper", ann);
        long graceNorth = insert(GRACE, "Cage", "name", "North", "keeper", bob);
        insert(ADA, "Cage", "name", "South", "keeper", null);
        insert(ADA, "Cage", "name", "West", "keeper", ann);
        Object ada = repository("Cage", ADA);
        Object grace = repository("Cage", GRACE);

        Object north = ((Optional<?>) call(ada, "findById", adaNorth)).orElseThrow();
        assertThat(described(north)).isEqualTo("North Ann");
        assertThat(rows(call(ada, "findById", graceNorth))).isEmpty();
        assertThat(rows(call(ada, "findPageAfter", null, 10))).containsExactly("North Ann", "South -", "West Ann");
        assertThat(rows(call(repository("Cage", CURATOR), "findPageAfter", null, 10))).isEmpty();
        Object finders = model.create("JdbcCageFinders", dataSource, GRACE);
        assertThat(rows(call(finders, "findByNameOrderByIdDesc", "North"))).containsExactly("North Bob");
        try (Stream<?> stream = (Stream<?>) call(grace, "streamAll")) {
            assertThat(stream.map(this::described)).containsExactly("North Bob");
        }

        Object annsByName = listQuery("Cage", "sort", "-name", "keeperId", get(ann, "id").toString());
        Page<?> first = (Page<?>) call(ada, "findPage", annsByName, new PageRequest(0, 1));
        assertThat(rows(first)).containsExactly("West Ann");
        assertThat(first.totalItems()).isEqualTo(2);
        assertThat(rows(call(ada, "findPage", annsByName, new PageRequest(1, 1)))).containsExactly("North Ann");
        Page<?> graces = (Page<?>) call(grace, "findPage", listQuery("Cage", "sort", "name"), new PageRequest(0, 5));
        assertThat(rows(graces)).containsExactly("North Bob");
        assertThat(graces.totalItems()).isEqualTo(1);

        set(north, "name", "East");
        assertThat(call(grace, "update", north)).isEqualTo(false);
        assertThat(call(grace, "deleteById", adaNorth)).isEqualTo(false);
        assertThat(call(ada, "update", north)).isEqualTo(true);
        assertThat(described(find(ada, adaNorth))).isEqualTo("East Ann");
        assertThat(call(ada, "delete", north)).isEqualTo(true);
        assertThat(rows(call(ada, "findPageAfter", null, 10))).containsExactly("South -", "West Ann");
        assertThat(rows(call(grace, "findPageAfter", null, 10))).containsExactly("North Bob");
    }

    /**
     * Two keepers, five animals of ada's and three of grace's, inserted interleaved so that every page has the other
     * owner's ids in between. A keeper's name, nickname and owner never equal an animal's.
     */
    private void seedAnimals(String vendor) throws SQLException {
        seedKeepers(vendor);
        insertAnimal(ADA, "Rex", "Rexy", ann);
        insertAnimal(GRACE, "Fido", "Aaa", ann);
        insertAnimal(ADA, "Bella", null, bob);
        insertAnimal(ADA, "Coco", "Bubbles", ann);
        insertAnimal(GRACE, "Rex", "Rocky", bob);
        insertAnimal(ADA, "Dex", null, null);
        insertAnimal(ADA, "Ella", "Ace", bob);
        insertAnimal(GRACE, "Zed", null, null);
    }

    private void seedKeepers(String vendor) throws SQLException {
        database = MigratedDatabase.open(vendor, migrations);
        dataSource = database.dataSource();
        Object keepers = model.create("KeeperRepository", dataSource);
        ann = model.entity("Keeper", "name", "Ann", "nickname", "Annie", "owner", "ada");
        bob = model.entity("Keeper", "name", "Bob", "nickname", null, "owner", "grace");
        call(keepers, "insert", ann);
        call(keepers, "insert", bob);
    }

    private void insertAnimal(CurrentPrincipal owner, String name, String nickname, Object keeper) {
        long id = insert(owner, "Animal", "name", name, "nickname", nickname, "keeper", keeper);
        ids.put(owner.caller().orElseThrow().id() + " " + name, id);
    }

    /** Inserts an entity through its repository as {@code owner}, who the repository makes its owner. */
    private long insert(CurrentPrincipal owner, String entity, Object... propertiesAndValues) {
        Object row = model.entity(entity, propertiesAndValues);
        call(repository(entity, owner), "insert", row);
        return (Long) get(row, "id");
    }

    private Object repository(String entity, CurrentPrincipal principal) {
        return model.create(entity + "Repository", dataSource, principal);
    }

    /** The animal the key ("ada Rex") names, or the row with that id. */
    private Object find(Object repository, Object keyOrId) {
        Object id = keyOrId instanceof String key ? ids.get(key) : keyOrId;
        return ((Optional<?>) call(repository, "findById", id)).orElseThrow();
    }

    /** A generated {@code <Entity>ListQuery} read from query parameters, as the controller reads them. */
    private Object listQuery(String entity, String... parametersAndValues) {
        var parameters = new HashMap<String, String>();
        for (int at = 0; at < parametersAndValues.length; at += 2) {
            parameters.put(parametersAndValues[at], parametersAndValues[at + 1]);
        }
        return model.callStatic(entity + "ListQuery", "of", parameters);
    }

    /**
     * The animals' names on every keyset page of a list query, each page continuing after the last row of the one
     * before (its sort value and id) until a page comes back short; an empty page is left out.
     */
    private List<List<String>> pages(CurrentPrincipal principal, int size, String... parametersAndValues) {
        Object query = listQuery("Animal", parametersAndValues);
        String sortField = ((String) call(call(query, "sort"), "parameter")).replace("-", "");
        var pages = new ArrayList<List<String>>();
        Keyset<Long> after = null;
        while (pages.size() < 10) {
            List<?> page = (List<?>) call(repository("Animal", principal), "findPageAfter", query, after, size);
            if (!page.isEmpty()) {
                pages.add(names(page));
            }
            if (page.size() < size) {
                return pages;
            }
            Object last = page.get(page.size() - 1);
            after = new Keyset<>((Long) get(last, "id"), sortField.equals("id") ? null : get(last, sortField));
        }
        throw new AssertionError("the keyset pages do not end: " + pages);
    }

    /** The rows of a {@code List}, {@code Optional} or {@code Page} result, {@link #described} each. */
    private List<String> rows(Object result) {
        List<?> rows = result instanceof Page<?> page ? page.items()
                : result instanceof Optional<?> optional ? optional.stream().toList()
                : (List<?>) result;
        return rows.stream().map(this::described).toList();
    }

    /** An animal as "name nickname keeper's name", a cage as "name keeper's name", "-" standing for null. */
    private String described(Object row) {
        String keeper = orDash(get(get(row, "keeper"), "name"));
        return row.getClass().getSimpleName().equals("Animal")
                ? get(row, "name") + " " + orDash(get(row, "nickname")) + " " + keeper
                : get(row, "name") + " " + keeper;
    }

    private static List<String> names(Object rows) {
        return ((List<?>) rows).stream().map(row -> (String) get(row, "name")).toList();
    }

    private static String orDash(Object value) {
        return value == null ? "-" : value.toString();
    }

    private static CurrentPrincipal caller(String id, String... roles) {
        var caller = Optional.of(new Caller(id, Set.of(roles)));
        return () -> caller;
    }
}
