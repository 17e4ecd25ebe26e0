package gov.xianan.reform.competitions;

/** An objection of the publication period. */
public enum ObjectionStatus {
    OPEN, UPHELD, DISMISSED
}
