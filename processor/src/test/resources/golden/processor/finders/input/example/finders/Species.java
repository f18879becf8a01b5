package example.finders;

public enum Species {
    CAT,
    DOG
}
