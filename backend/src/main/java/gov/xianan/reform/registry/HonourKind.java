package gov.xianan.reform.registry;

/** An honour for one worker, or for a named team of an enterprise. */
public enum HonourKind {
    INDIVIDUAL, COLLECTIVE
}
