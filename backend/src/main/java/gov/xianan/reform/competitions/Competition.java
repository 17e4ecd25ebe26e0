package gov.xianan.reform.competitions;

import java.util.LinkedHashMap;
import java.util.Map;
import gov.xianan.reform.common.changes.ChangeListener;
import gov.xianan.reform.common.changes.ChangeTracked;
import jakarta.persistence.EntityListeners;

import java.time.LocalDate;

import org.hibernate.envers.Audited;

import gov.xianan.reform.common.audit.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import gov.xianan.reform.departments.Department;
import gov.xianan.reform.registry.AwardLevel;
import gov.xianan.reform.registry.SkillLevel;

/**
 * A competition run by a department for a year: a labour competition (劳动竞赛) aimed at one of the
 * review's fields, or a skill contest / job drill (技能大赛, 技能比武, 岗位练兵) in an occupation with
 * eligibility rules checked against the registry.
 */
@Entity
@EntityListeners(ChangeListener.class)
@Table(name = "competition")
@Audited
public class Competition extends TrackedEntity implements ChangeTracked {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CompetitionKind kind;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public int year;

    /** The organising department: its organisers run the competition, its name is the honours' issuer. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id")
    public Department department;

    /** Labour competitions only. */
    @Enumerated(EnumType.STRING)
    public CompetitionField field;

    /** 工种 of a contest, e.g. 机电维修. */
    public String occupation;

    /** 区级 / 市级 …: the contest's level and the level of the honours it grants. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AwardLevel level;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CompetitionStage stage = CompetitionStage.REGISTRATION;

    @Column(nullable = false)
    public int places;

    @Enumerated(EnumType.STRING)
    @Column(name = "min_skill_level")
    public SkillLevel minSkillLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "max_skill_level")
    public SkillLevel maxSkillLevel;

    /** Age on the start date, inclusive. */
    @Column(name = "min_age")
    public Integer minAge;

    @Column(name = "max_age")
    public Integer maxAge;

    /** Length of the publication (公示) in days. */
    @Column(name = "publication_days", nullable = false)
    public int publicationDays;

    @Column(name = "first_prizes", nullable = false)
    public int firstPrizes;

    @Column(name = "second_prizes", nullable = false)
    public int secondPrizes;

    @Column(name = "third_prizes", nullable = false)
    public int thirdPrizes;

    @Column(name = "excellence_prizes", nullable = false)
    public int excellencePrizes;

    /** Awards of this grade or better grant the 技术能手 title; null: none. */
    @Enumerated(EnumType.STRING)
    @Column(name = "technical_expert_up_to")
    public AwardGrade technicalExpertUpTo;

    /** Awards of this grade or better raise the worker's skill level by one step; null: none. */
    @Enumerated(EnumType.STRING)
    @Column(name = "skill_raise_up_to")
    public AwardGrade skillRaiseUpTo;

    public String description;

    /** The day publication began. */
    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    /** The first day after the publication period (objections are accepted before it). */
    public LocalDate publicationEndsOn() {
        return publishedOn == null ? null : publishedOn.plusDays(publicationDays);
    }

    public boolean forEnterprises() {
        return kind == CompetitionKind.LABOUR_COMPETITION;
    }

    @Override
    public String changeType() {
        return "competition";
    }

    @Override
    public Object changeId() {
        return id;
    }

    @Override
    public Long changeVersion() {
        return version;
    }

    @Override
    public Map<String, Object> changeData() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind);
        m.put("name", name);
        m.put("year", year);
        m.put("department", department.code);
        m.put("occupation", occupation);
        m.put("level", level);
        m.put("stage", stage);
        m.put("startDate", startDate);
        m.put("endDate", endDate);
        m.put("publishedOn", publishedOn);
        m.put("closedOn", closedOn);
        return m;
    }
}
