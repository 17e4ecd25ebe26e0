package gov.xianan.reform.subsidies.service;

import gov.xianan.reform.common.security.CurrentUser;
import gov.xianan.reform.registry.scope.WorkerLinks;
import gov.xianan.reform.subsidies.ApplicationTrainee;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Trainees link a worker to the department that owns the application's fund (the department that
 * handles it); a service account is linked only to the trainees of the applications it entered, as
 * {@link SubsidyScope} lets it see only those.
 */
@ApplicationScoped
public class SubsidyWorkerLinks implements WorkerLinks {

    @Inject
    CurrentUser user;

    @Override
    public boolean linksCaller(long workerId) {
        String department = user.departmentCode().orElse(null);
        if (department == null) {
            return false;
        }
        if (user.isServiceAccount()) {
            return ApplicationTrainee.count("worker.id = ?1 and application.programme.fund.departmentCode = ?2 and application.createdBy = ?3",
                    workerId, department, user.username()) > 0;
        }
        return ApplicationTrainee.count("worker.id = ?1 and application.programme.fund.departmentCode = ?2", workerId, department) > 0;
    }
}
