package gov.xianan.reform.subsidies.service;

import java.util.Optional;

import gov.xianan.reform.registry.scope.WorkerLinks;
import gov.xianan.reform.subsidies.ApplicationTrainee;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Trainees link a worker to the department that owns the application's fund (the department that
 * handles it); a service account sees only the applications it entered ({@link SubsidyScope}).
 */
@ApplicationScoped
public class SubsidyWorkerLinks implements WorkerLinks {

    @Override
    public boolean links(long workerId, String department, Optional<String> enteredBy) {
        return enteredBy.isPresent()
                ? ApplicationTrainee.count("worker.id = ?1 and application.programme.fund.departmentCode = ?2 and application.createdBy = ?3",
                        workerId, department, enteredBy.get()) > 0
                : ApplicationTrainee.count("worker.id = ?1 and application.programme.fund.departmentCode = ?2", workerId, department) > 0;
    }
}
