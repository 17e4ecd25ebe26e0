package gov.xianan.reform.competitions;

/** A registration: waiting for review, accepted, or refused with a reason. */
public enum ParticipantStatus {
    PENDING, ACCEPTED, REFUSED
}
