package gov.xianan.reform.competitions.service;

import gov.xianan.reform.common.security.CurrentUser;
import gov.xianan.reform.competitions.CompetitionParticipant;
import gov.xianan.reform.registry.scope.WorkerLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Entrants link a worker to the department that organises the competition; a service account is
 * linked only to the entrants it registered itself.
 */
@ApplicationScoped
public class CompetitionWorkerLinks implements WorkerLinks {

    @Inject
    CurrentUser user;

    @Override
    public boolean linksCaller(long workerId) {
        String department = user.departmentCode().orElse(null);
        if (department == null) {
            return false;
        }
        if (user.isServiceAccount()) {
            return CompetitionParticipant.count("worker.id = ?1 and competition.department.code = ?2 and registeredBy = ?3",
                    workerId, department, user.username()) > 0;
        }
        return CompetitionParticipant.count("worker.id = ?1 and competition.department.code = ?2", workerId, department) > 0;
    }
}
