package dev.stratum.benchmarks;

/**
 * Writes a snapshot document for a synthetic model of many tables, the way a large application's would look: an
 * identity key, a version, strings, numbers, a time stamp and a unique code per table.
 */
final class LargeSchema {

    private LargeSchema() {
    }

    /**
     * The snapshot JSON of {@code tables} tables; {@code changed} adds a nullable column to every tenth table and one
     * more table at the end.
     */
    static String json(int tables, boolean changed) {
        var json = new StringBuilder("{\"format\": 1, \"version\": 1, \"tables\": [");
        int count = changed ? tables + 1 : tables;
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ", ").append(table(String.format("t%04d", i), changed && i % 10 == 0));
        }
        return json.append("], \"migrations\": []}").toString();
    }

    private static String table(String name, boolean extraColumn) {
        return "{\"name\": \"" + name + "\", \"entity\": \"com.example.model." + name.toUpperCase() + "\", \"columns\": ["
                + column("id", "BIGINT", false, true)
                + ", " + column("version", "BIGINT", false, false)
                + ", " + column("code", "VARCHAR(20)", false, false)
                + ", " + column("title", "VARCHAR(200)", false, false)
                + ", " + column("description", "VARCHAR(2000)", true, false)
                + ", " + column("quantity", "INTEGER", false, false)
                + ", " + column("price", "NUMERIC(12,2)", true, false)
                + ", " + column("created_at", "TIMESTAMP WITH TIME ZONE", false, false)
                + ", " + column("active", "BOOLEAN", false, false)
                + (extraColumn ? ", " + column("note", "VARCHAR(500)", true, false) : "")
                + "], \"primaryKey\": {\"name\": \"pk_" + name + "\", \"columns\": [\"id\"]}"
                + ", \"uniques\": [{\"name\": \"uk_" + name + "_code\", \"columns\": [\"code\"]}]}";
    }

    private static String column(String name, String type, boolean nullable, boolean identity) {
        return "{\"name\": \"" + name + "\", \"type\": \"" + type + "\", \"nullable\": " + nullable
                + ", \"identity\": " + identity + "}";
    }
}
