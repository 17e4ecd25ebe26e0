package gov.xianan.reform.registry;

/** Derived from the resident ID number (17th digit odd: male). */
public enum Gender {
    MALE, FEMALE
}
