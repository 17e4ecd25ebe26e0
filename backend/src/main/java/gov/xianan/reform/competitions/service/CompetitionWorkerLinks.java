package gov.xianan.reform.competitions.service;

import java.util.Optional;

import gov.xianan.reform.competitions.CompetitionParticipant;
import gov.xianan.reform.registry.scope.WorkerLinks;
import jakarta.enterprise.context.ApplicationScoped;

/** Entrants link a worker to the department that organises the competition. */
@ApplicationScoped
public class CompetitionWorkerLinks implements WorkerLinks {

    @Override
    public boolean links(long workerId, String department, Optional<String> enteredBy) {
        return enteredBy.isPresent()
                ? CompetitionParticipant.count("worker.id = ?1 and competition.department.code = ?2 and registeredBy = ?3", workerId, department,
                        enteredBy.get()) > 0
                : CompetitionParticipant.count("worker.id = ?1 and competition.department.code = ?2", workerId, department) > 0;
    }
}
