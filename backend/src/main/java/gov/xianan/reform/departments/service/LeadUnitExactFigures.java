package gov.xianan.reform.departments.service;

import gov.xianan.reform.common.disclosure.ExactFiguresAudience;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** The lead unit (lead role or lead-unit staff) gets exact aggregates; every other caller protected ones. */
@RequestScoped
public class LeadUnitExactFigures implements ExactFiguresAudience {

    @Inject
    CallerDepartment caller;

    @Override
    public boolean seesExactFigures() {
        return caller.seesAll();
    }
}
