package gov.xianan.reform.competitions;

/** 一等奖 / 二等奖 / 三等奖 / 优秀奖, best first. */
public enum AwardGrade {
    FIRST("一等奖"), SECOND("二等奖"), THIRD("三等奖"), EXCELLENCE("优秀奖");

    private final String label;

    AwardGrade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether this grade is {@code limit} or better (null limit: never). */
    public boolean atLeast(AwardGrade limit) {
        return limit != null && ordinal() <= limit.ordinal();
    }
}
