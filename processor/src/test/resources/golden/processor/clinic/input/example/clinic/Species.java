package example.clinic;

public enum Species {
    CAT,
    DOG,
    RABBIT
}
