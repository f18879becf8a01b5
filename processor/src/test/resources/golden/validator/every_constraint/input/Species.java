package com.example.clinic;

public enum Species {
    CAT, DOG
}
