package gov.xianan.reform.competitions.service;

import java.util.Optional;

import gov.xianan.reform.common.audit.service.AuditLog;
import gov.xianan.reform.common.error.ProblemException;
import gov.xianan.reform.common.security.CurrentUser;
import gov.xianan.reform.common.security.Roles;
import gov.xianan.reform.competitions.Competition;
import gov.xianan.reform.competitions.CompetitionJudge;
import gov.xianan.reform.competitions.CompetitionStage;
import gov.xianan.reform.departments.Department;
import gov.xianan.reform.departments.service.CallerDepartment;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

/**
 * Who may do what with a competition, decided in one place:
 * <ul>
 * <li>organisers ({@code competition-organizer}) run their own department's competitions;</li>
 * <li>the lead unit (role {@code lead} or a lead-unit department) reads all;</li>
 * <li>department staff read their own department's competitions and every published result;</li>
 * <li>a judge (username on the judge list) reads the competition and enters their own sheets.</li>
 * </ul>
 * A refused read answers 404 (existence does not leak), a refused change 403; both are logged.
 */
@RequestScoped
public class CompetitionScope {

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    CallerDepartment caller;

    public Optional<Department> department() {
        return caller.get();
    }

    public boolean readsAll() {
        return caller.seesAll();
    }

    public boolean ownDepartment(Competition c) {
        return caller.is(c.department);
    }

    public boolean organises(Competition c) {
        return user.hasRole(Roles.COMPETITION_ORGANIZER) && ownDepartment(c);
    }

    public boolean judges(Competition c) {
        return judge(c).isPresent();
    }

    public Optional<CompetitionJudge> judge(Competition c) {
        return CompetitionJudge.<CompetitionJudge>find("competition.id = ?1 and username = ?2", c.id, user.username()).firstResultOptional();
    }

    public boolean reads(Competition c) {
        return readsAll() || ownDepartment(c) || c.stage.atLeast(CompetitionStage.PUBLICATION) || judges(c);
    }

    public String username() {
        return user.username();
    }

    /** The competition if the caller may read it; otherwise 404 (and the attempt logged). */
    public Competition readable(long id) {
        return readable(id, false);
    }

    /**
     * As {@link #readable(long)}; {@code lock} takes the row lock (SELECT … FOR UPDATE) so that rules
     * counting places, checking the stage or the judge lock hold against concurrent requests.
     */
    public Competition readable(long id, boolean lock) {
        Competition c = lock ? Competition.findById(id, LockModeType.PESSIMISTIC_WRITE) : Competition.findById(id);
        if (c == null) {
            throw ProblemException.notFound("竞赛不存在: " + id);
        }
        if (!reads(c)) {
            audit.record(AuditLog.Action.SCOPE_DENIED, "competition", id, "DENIED", "read of another department's unpublished competition");
            throw ProblemException.notFound("竞赛不存在: " + id);
        }
        return c;
    }

    /** The competition if the caller organises it; another department's organiser gets 403 (logged). */
    public Competition managed(long id) {
        return managed(id, false);
    }

    /** As {@link #managed(long)}, with the row lock when {@code lock}. */
    public Competition managed(long id, boolean lock) {
        Competition c = lock ? Competition.findById(id, LockModeType.PESSIMISTIC_WRITE) : Competition.findById(id);
        if (c == null) {
            throw ProblemException.notFound("竞赛不存在: " + id);
        }
        requireOrganiser(c);
        return c;
    }

    public void requireOrganiser(Competition c) {
        if (!organises(c)) {
            audit.record(AuditLog.Action.SCOPE_DENIED, "competition", c.id, "DENIED", "change by a non-organiser of " + c.department.code);
            throw ProblemException.forbidden("只有" + c.department.name + "的竞赛组织者可以管理该竞赛");
        }
    }

    /** Denies and logs; for rules decided by a caller. */
    public ProblemException deny(Competition c, String detail, String log) {
        audit.record(AuditLog.Action.SCOPE_DENIED, "competition", c.id, "DENIED", log);
        return ProblemException.forbidden(detail);
    }
}
