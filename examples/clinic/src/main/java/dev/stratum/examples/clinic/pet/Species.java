package dev.stratum.examples.clinic.pet;

/** The kinds of animal the clinic treats; stored by name. */
public enum Species {
    DOG, CAT, RABBIT, GUINEA_PIG, BIRD, REPTILE, OTHER
}
