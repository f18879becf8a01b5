package example.catalog;

/** What a book is about. */
public enum Genre {
    FICTION, HISTORY, SCIENCE
}
