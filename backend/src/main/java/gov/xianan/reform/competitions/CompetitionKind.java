package gov.xianan.reform.competitions;

/** 劳动竞赛 / 技能大赛(技能比武) / 岗位练兵 */
public enum CompetitionKind {
    /** 劳动竞赛: enterprises take part and report results. */
    LABOUR_COMPETITION,
    /** 技能大赛, 技能比武: workers compete in an occupation. */
    SKILL_CONTEST,
    /** 岗位练兵: workers drill on the job, judged like a contest. */
    JOB_DRILL
}
