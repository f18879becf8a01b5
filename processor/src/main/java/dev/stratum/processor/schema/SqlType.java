package dev.stratum.processor.schema;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column's SQL type, independent of any dialect. {@link #canonical()} is the portable spelling kept in the schema
 * snapshot; each {@link SqlDialect} renders the type in its own words.
 */
public sealed interface SqlType permits SqlType.Varchar, SqlType.Numeric, SqlType.Scalar {

    /** The portable spelling, e.g. {@code VARCHAR(120)}, {@code NUMERIC(10,2)} or {@code TIMESTAMP WITH TIME ZONE}. */
    String canonical();

    /** Reads a {@link #canonical()} spelling back; throws {@link IllegalArgumentException} for anything else. */
    static SqlType parse(String canonical) {
        Matcher varchar = Varchar.SPELLING.matcher(canonical);
        if (varchar.matches()) {
            return new Varchar(Integer.parseInt(varchar.group(1)));
        }
        Matcher numeric = Numeric.SPELLING.matcher(canonical);
        if (numeric.matches()) {
            return new Numeric(Integer.parseInt(numeric.group(1)), Integer.parseInt(numeric.group(2)));
        }
        for (Scalar scalar : Scalar.values()) {
            if (scalar.canonical().equals(canonical)) {
                return scalar;
            }
        }
        throw new IllegalArgumentException("unknown SQL type '" + canonical + "'");
    }

    /** A string of at most {@code length} characters. */
    record Varchar(int length) implements SqlType {

        private static final Pattern SPELLING = Pattern.compile("VARCHAR\\((\\d{1,9})\\)");

        public Varchar {
            if (length < 1) {
                throw new IllegalArgumentException("VARCHAR needs a positive length, not " + length);
            }
        }

        @Override
        public String canonical() {
            return "VARCHAR(" + length + ")";
        }
    }

    /** An exact decimal of {@code precision} digits, {@code scale} of them after the point. */
    record Numeric(int precision, int scale) implements SqlType {

        /** PostgreSQL's limit for a declared precision; H2's is higher. */
        static final int MAX_PRECISION = 1000;
        private static final Pattern SPELLING = Pattern.compile("NUMERIC\\((\\d{1,4}),(\\d{1,4})\\)");

        public Numeric {
            if (precision < 1 || precision > MAX_PRECISION) {
                throw new IllegalArgumentException(
                        "NUMERIC precision must be between 1 and " + MAX_PRECISION + ", not " + precision);
            }
            if (scale < 0 || scale > precision) {
                throw new IllegalArgumentException(
                        "NUMERIC scale must be between 0 and the precision " + precision + ", not " + scale);
            }
        }

        @Override
        public String canonical() {
            return "NUMERIC(" + precision + "," + scale + ")";
        }
    }

    /** The types without parameters. */
    enum Scalar implements SqlType {
        SMALLINT("SMALLINT"),
        INTEGER("INTEGER"),
        BIGINT("BIGINT"),
        REAL("REAL"),
        DOUBLE_PRECISION("DOUBLE PRECISION"),
        BOOLEAN("BOOLEAN"),
        DATE("DATE"),
        TIME("TIME"),
        TIMESTAMP("TIMESTAMP"),
        TIMESTAMP_WITH_TIME_ZONE("TIMESTAMP WITH TIME ZONE"),
        UUID("UUID"),
        /** A string without a declared length ({@code @Lob}). */
        CLOB("CLOB");

        private final String canonical;

        Scalar(String canonical) {
            this.canonical = canonical;
        }

        @Override
        public String canonical() {
            return canonical;
        }
    }
}
