package dev.stratum.processor.differential;

import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * The entities of the schema differential test: a small bookshop whose 24 entities use every mapping Stratum turns
 * into DDL today, each more than once, with and without the annotation that names or sizes a column.
 *
 * <p>Extension point: a new mapping goes in as new entities (or fields) here; {@link DatabaseSchema} then needs the
 * fact it produces, and any difference from Hibernate's output a row in the test's deviation table and in
 * docs/migrations.md.
 */
final class SchemaCorpus {

    static final String PACKAGE = "example.bookshop";

    private SchemaCorpus() {
    }

    /** One entity: class annotations, fields as (annotations, type, name), every field with a getter and setter. */
    record Entity(String name, List<String> annotations, List<String[]> fields) {

        Entity field(String fieldAnnotations, String type, String fieldName) {
            var more = new ArrayList<>(fields);
            more.add(new String[] {fieldAnnotations, type, fieldName});
            return new Entity(name, annotations, more);
        }

        String qualifiedName() {
            return PACKAGE + "." + name;
        }

        JavaFileObject file() {
            var out = new StringBuilder("package " + PACKAGE + ";\n\n")
                    .append("import jakarta.persistence.*;\n")
                    .append("import jakarta.validation.constraints.*;\n")
                    .append("import java.math.BigDecimal;\n")
                    .append("import java.time.*;\n")
                    .append("import java.util.*;\n\n");
            annotations.forEach(annotation -> out.append(annotation).append('\n'));
            out.append("public class ").append(name).append(" {\n");
            for (String[] field : fields) {
                out.append("    ").append(field[0]).append("\n    private ").append(field[1]).append(' ')
                        .append(field[2]).append(";\n");
            }
            for (String[] field : fields) {
                String suffix = Character.toUpperCase(field[2].charAt(0)) + field[2].substring(1);
                out.append("    public ").append(field[1]).append(field[1].equals("boolean") ? " is" : " get")
                        .append(suffix).append("() { return ").append(field[2]).append("; }\n")
                        .append("    public void set").append(suffix).append('(').append(field[1])
                        .append(" value) { this.").append(field[2]).append(" = value; }\n");
            }
            return JavaFileObjects.forSourceString(qualifiedName(), out.append("}\n").toString());
        }
    }

    /** A Long identity id and a version. */
    private static Entity entity(String name, String table) {
        return bare(name, table)
                .field("@Id @GeneratedValue(strategy = GenerationType.IDENTITY)", "Long", "id")
                .field("@Version", "long", "version");
    }

    /** A UUID id the application assigns, and a version. */
    private static Entity uuidEntity(String name, String table) {
        return bare(name, table).field("@Id", "UUID", "id").field("@Version", "long", "version");
    }

    /** A Long identity id and a version, the table declared by the given {@code @Table}. */
    private static Entity declared(String name, String table) {
        return new Entity(name, List.of("@Entity", table), List.of())
                .field("@Id @GeneratedValue(strategy = GenerationType.IDENTITY)", "Long", "id")
                .field("@Version", "long", "version");
    }

    private static Entity bare(String name, String table) {
        List<String> annotations = table == null ? List.of("@Entity")
                : List.of("@Entity", "@Table(name = \"" + table + "\")");
        return new Entity(name, annotations, List.of());
    }

    private static JavaFileObject enumType(String name, String... constants) {
        return JavaFileObjects.forSourceString(PACKAGE + "." + name,
                "package " + PACKAGE + ";\n\npublic enum " + name + " { " + String.join(", ", constants) + " }\n");
    }

    static List<JavaFileObject> enums() {
        return List.of(enumType("Format", "HARDCOVER", "PAPERBACK", "EBOOK"),
                enumType("OrderStatus", "PLACED", "PAID", "SHIPPED", "CANCELLED"),
                enumType("Carrier", "POST", "COURIER"));
    }

    /** The embeddable the stores embed twice, with a required and an optional address. */
    static List<JavaFileObject> embeddables() {
        return List.of(JavaFileObjects.forSourceString(PACKAGE + ".PostalAddress", "package " + PACKAGE + ";\n\n"
                + "import jakarta.persistence.*;\n"
                + "import jakarta.validation.constraints.*;\n\n"
                + "@Embeddable\n"
                + "public record PostalAddress(\n"
                + "        @NotBlank @Size(max = 100) String street,\n"
                + "        @NotNull @Size(max = 10) String postalCode,\n"
                + "        @Column(nullable = false) Integer floor) {\n"
                + "}\n"));
    }

    static List<Entity> entities() {
        return List.of(
                entity("Author", "authors")
                        .field("@NotBlank @Size(max = 80)", "String", "name")
                        .field("@Size(max = 200) @Column(name = \"bio_text\")", "String", "bio")
                        .field("", "LocalDate", "birthDate")
                        .field("", "Boolean", "active")
                        .field("@ManyToMany(mappedBy = \"authors\")", "Set<Book>", "books"),
                entity("Publisher", "publishers")
                        .field("@NotNull @Size(max = 120) @Column(unique = true)", "String", "name")
                        .field("@Column(length = 2)", "String", "countryCode"),
                entity("Book", "books")
                        .field("@NotBlank @Size(max = 200)", "String", "title")
                        .field("@Column(nullable = false, unique = true, length = 17)", "String", "isbn")
                        .field("@Column(precision = 8, scale = 2)", "BigDecimal", "price")
                        .field("", "LocalDate", "publishedOn")
                        .field("", "int", "pages")
                        .field("@ManyToOne(optional = false) @JoinColumn(name = \"publisher_id\")", "Publisher",
                                "publisher")
                        .field("@ManyToMany @JoinTable(name = \"book_authors\", joinColumns = @JoinColumn(name ="
                                + " \"book_id\"), inverseJoinColumns = @JoinColumn(name = \"author_id\"))",
                                "Set<Author>", "authors"),
                // No @Table: the table is named after the class.
                entity("Edition", null)
                        .field("@ManyToOne", "Book", "book")
                        .field("", "Integer", "number")
                        .field("@Enumerated(EnumType.STRING)", "Format", "format")
                        .field("", "Instant", "releasedAt"),
                uuidEntity("Customer", "customers")
                        .field("@NotNull @Size(max = 120) @Column(unique = true)", "String", "email")
                        .field("@Size(max = 60)", "String", "displayName")
                        .field("@NotNull", "Instant", "createdAt")
                        .field("@OneToMany(mappedBy = \"customer\")", "List<PurchaseOrder>", "orders"),
                entity("Address", "addresses")
                        .field("@OneToOne(optional = false) @JoinColumn(name = \"customer_id\")", "Customer",
                                "customer")
                        .field("@Size(max = 100)", "String", "street")
                        .field("@Size(max = 10) @Column(name = \"zip\")", "String", "postalCode"),
                uuidEntity("PurchaseOrder", "orders")
                        .field("@ManyToOne(optional = false)", "Customer", "customer")
                        .field("@NotNull", "Instant", "placedAt")
                        .field("@Enumerated(EnumType.STRING) @Column(length = 20, nullable = false)", "OrderStatus",
                                "status")
                        .field("@Column(precision = 12, scale = 2, nullable = false)", "BigDecimal", "total"),
                entity("OrderLine", "order_lines")
                        .field("@ManyToOne(optional = false) @JoinColumn(name = \"order_id\")", "PurchaseOrder",
                                "order")
                        .field("@ManyToOne(optional = false)", "Book", "book")
                        .field("", "int", "quantity")
                        .field("@Digits(integer = 6, fraction = 2)", "BigDecimal", "unitPrice"),
                entity("Warehouse", "warehouses")
                        .field("@NotBlank @Size(max = 60) @Column(unique = true)", "String", "code")
                        .field("@OneToMany(mappedBy = \"warehouse\")", "List<StockItem>", "items"),
                entity("StockItem", "stock_items")
                        .field("@ManyToOne", "Warehouse", "warehouse")
                        .field("@ManyToOne(optional = false)", "Book", "book")
                        .field("", "long", "quantityOnHand")
                        .field("", "Long", "reserved"),
                entity("Tag", "tags")
                        .field("@NotBlank @Size(max = 30) @Column(unique = true)", "String", "label"),
                entity("Review", "reviews")
                        .field("@ManyToOne(optional = false)", "Book", "book")
                        .field("@ManyToOne", "Customer", "reviewer")
                        .field("", "int", "rating")
                        .field("@Size(max = 2000)", "String", "body")
                        .field("@ManyToMany @JoinTable(name = \"review_tags\", joinColumns = @JoinColumn(name ="
                                + " \"review_id\"), inverseJoinColumns = @JoinColumn(name = \"tag_id\"))",
                                "Set<Tag>", "tags"),
                entity("Category", "categories")
                        .field("@Size(max = 50)", "String", "name")
                        .field("@ManyToOne @JoinColumn(name = \"parent_id\")", "Category", "parent"),
                entity("Employee", "employees")
                        .field("@NotNull @Size(max = 80) @Column(name = \"full_name\")", "String", "name")
                        .field("@OneToOne @JoinColumn(name = \"badge_id\")", "Badge", "badge"),
                uuidEntity("Badge", "badges")
                        .field("@Column(nullable = false, unique = true, length = 32)", "String", "serial")
                        .field("@OneToOne(mappedBy = \"badge\")", "Employee", "holder"),
                uuidEntity("Shipment", "shipments")
                        .field("@OneToOne(optional = false)", "PurchaseOrder", "order")
                        .field("", "Instant", "shippedAt")
                        .field("", "LocalDate", "expectedOn")
                        .field("@Enumerated(EnumType.STRING)", "Carrier", "carrier"),
                entity("Coupon", "coupons")
                        .field("@Column(nullable = false, unique = true, length = 24)", "String", "code")
                        .field("@Column(precision = 5, scale = 2)", "BigDecimal", "discount")
                        .field("", "boolean", "active")
                        .field("", "LocalDate", "validUntil"),
                entity("Supplier", "suppliers")
                        .field("@Size(max = 100) @Column(nullable = false)", "String", "name")
                        .field("@Column(name = \"vat_no\", length = 20, unique = true)", "String", "vatNumber")
                        .field("@OneToMany(mappedBy = \"supplier\")", "List<Delivery>", "deliveries"),
                entity("Delivery", "deliveries")
                        .field("@ManyToOne(optional = false)", "Supplier", "supplier")
                        .field("@ManyToOne", "Warehouse", "warehouse")
                        .field("@NotNull", "LocalDate", "deliveredOn")
                        .field("", "long", "itemCount"),
                uuidEntity("AuditEntry", "audit_entries")
                        .field("@NotNull", "Instant", "recordedAt")
                        .field("@Size(max = 40)", "String", "actor")
                        .field("@Size(max = 500)", "String", "detail")
                        .field("", "Boolean", "success"),
                entity("Loan", "loans")
                        .field("@ManyToOne(optional = false)", "Book", "book")
                        .field("@ManyToOne(optional = false) @JoinColumn(name = \"borrower_id\")", "Customer",
                                "borrower")
                        .field("", "LocalDate", "dueOn")
                        .field("@Column(nullable = false)", "Boolean", "returned"),
                // short, float, double, the local and offset date-times, a time of day, a large text; a
                // composite unique and a two-column index declared on @Table
                declared("Shelf", "@Table(name = \"shelves\", indexes = @Index(columnList = \"checked_at DESC,"
                        + " aisle\"), uniqueConstraints = @UniqueConstraint(columnNames = {\"aisle\", \"position\"}))")
                        .field("", "short", "aisle")
                        .field("@NotNull", "Short", "position")
                        .field("", "double", "widthCm")
                        .field("", "Float", "loadFactor")
                        .field("", "LocalTime", "opensAt")
                        .field("", "LocalDateTime", "checkedAt")
                        .field("@NotNull", "OffsetDateTime", "restockedAt")
                        .field("@Lob", "String", "notes"),
                entity("Wishlist", "wishlists")
                        .field("@OneToOne(optional = false) @JoinColumn(name = \"owner_id\")", "Customer", "owner")
                        .field("@ManyToMany @JoinTable(name = \"wishlist_books\", joinColumns = @JoinColumn(name ="
                                + " \"wishlist_id\"), inverseJoinColumns = @JoinColumn(name = \"book_id\"))",
                                "Set<Book>", "books"),
                entity("Store", "stores")
                        .field("@NotBlank @Size(max = 60)", "String", "name")
                        .field("@Embedded @NotNull @jakarta.validation.Valid", "PostalAddress", "address")
                        .field("@jakarta.validation.Valid", "PostalAddress", "billingAddress"));
    }
}
