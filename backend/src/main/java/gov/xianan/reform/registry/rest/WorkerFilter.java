package gov.xianan.reform.registry.rest;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

/**
 * The worker list's filters as query parameters. They stay strings here so that a wrong value is
 * a 400 naming the parameter (JAX-RS would answer 404 for a failed conversion); the service
 * parses them.
 */
public class WorkerFilter {

    @QueryParam("q")
    @Size(max = 50)
    @Parameter(description = "Name (contains); for pii-reader also an ID number (full, or a prefix of 6 or more digits; logged). "
            + "Digits without pii-reader are refused (400), whatever the data.", example = "王")
    public String q;

    @QueryParam("industry")
    @Size(max = 32)
    @Parameter(description = "Industry code", example = "biomedicine")
    public String industry;

    @QueryParam("enterpriseId")
    @Pattern(regexp = "^\\d{1,18}$", message = "{xianan.id.pattern}")
    public String enterpriseId;

    @QueryParam("inDevZone")
    @Pattern(regexp = "^(true|false)$", message = "{xianan.boolean.pattern}")
    @Parameter(description = "Employer located in the development zone")
    public String inDevZone;

    @QueryParam("skillLevel")
    @Pattern(regexp = "NONE|JUNIOR|INTERMEDIATE|SENIOR|TECHNICIAN|SENIOR_TECHNICIAN", message = "{xianan.enum.values}")
    @Parameter(description = "NONE, JUNIOR, INTERMEDIATE, SENIOR, TECHNICIAN, SENIOR_TECHNICIAN")
    public String skillLevel;

    @QueryParam("skillTier")
    @Pattern(regexp = "GENERAL|JUNIOR_INTERMEDIATE|SENIOR_TECHNICIAN", message = "{xianan.enum.values}")
    @Parameter(description = "GENERAL, JUNIOR_INTERMEDIATE, SENIOR_TECHNICIAN")
    public String skillTier;

    @QueryParam("education")
    @Pattern(regexp = "BELOW_JUNIOR_HIGH|JUNIOR_HIGH|SENIOR_HIGH|COLLEGE_OR_ABOVE", message = "{xianan.enum.values}")
    @Parameter(description = "BELOW_JUNIOR_HIGH, JUNIOR_HIGH, SENIOR_HIGH, COLLEGE_OR_ABOVE")
    public String education;

    @QueryParam("gender")
    @Pattern(regexp = "MALE|FEMALE", message = "{xianan.enum.values}")
    @Parameter(description = "MALE, FEMALE")
    public String gender;

    @QueryParam("ageBand")
    @Pattern(regexp = "UNDER_30|FROM_30_TO_40|FROM_40_TO_50|OVER_50", message = "{xianan.enum.values}")
    @Parameter(description = "UNDER_30, FROM_30_TO_40, FROM_40_TO_50, OVER_50")
    public String ageBand;

    @QueryParam("wageBand")
    @Pattern(regexp = "UNDER_2000|FROM_2000_TO_3000|FROM_3000_TO_5000|OVER_5000", message = "{xianan.enum.values}")
    @Parameter(description = "UNDER_2000, FROM_2000_TO_3000, FROM_3000_TO_5000, OVER_5000")
    public String wageBand;

    @QueryParam("migrant")
    @Pattern(regexp = "^(true|false)$", message = "{xianan.boolean.pattern}")
    @Parameter(description = "农民工 (agricultural hukou)")
    public String migrant;

    @QueryParam("outside")
    @Pattern(regexp = "^(true|false)$", message = "{xianan.boolean.pattern}")
    @Parameter(description = "From outside the district")
    public String outside;

    @QueryParam("unionMember")
    @Pattern(regexp = "^(true|false)$", message = "{xianan.boolean.pattern}")
    public String unionMember;

    @QueryParam("partyMember")
    @Pattern(regexp = "^(true|false)$", message = "{xianan.boolean.pattern}")
    public String partyMember;

    /** Set by the registry scope, never by a query parameter: only workers of the development zone's enterprises. */
    private boolean devZoneOnly;

    public void restrictToDevZone() {
        devZoneOnly = true;
    }

    public boolean devZoneOnly() {
        return devZoneOnly;
    }
}
