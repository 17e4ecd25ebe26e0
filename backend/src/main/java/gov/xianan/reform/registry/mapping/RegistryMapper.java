package gov.xianan.reform.registry.mapping;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import gov.xianan.reform.common.time.ClockProducer;
import gov.xianan.reform.registry.Bands.AgeBand;
import gov.xianan.reform.registry.Education;
import gov.xianan.reform.registry.Employment;
import gov.xianan.reform.registry.Enterprise;
import gov.xianan.reform.registry.Gender;
import gov.xianan.reform.registry.Honour;
import gov.xianan.reform.registry.PoliticalPost;
import gov.xianan.reform.registry.SkillLevel;
import gov.xianan.reform.registry.Worker;
import gov.xianan.reform.registry.mapping.EnterpriseDtos.EnterpriseResponse;
import gov.xianan.reform.registry.mapping.HonourDtos.HonourResponse;
import gov.xianan.reform.registry.mapping.HonourDtos.MemberRef;
import gov.xianan.reform.registry.mapping.HonourDtos.PoliticalPostResponse;
import gov.xianan.reform.registry.mapping.WorkerDtos.AgeBandRef;
import gov.xianan.reform.registry.mapping.WorkerDtos.EmploymentResponse;
import gov.xianan.reform.registry.mapping.WorkerDtos.LookupEnterprise;
import gov.xianan.reform.registry.mapping.WorkerDtos.WorkerLookupItem;
import gov.xianan.reform.registry.mapping.WorkerDtos.EnterpriseRef;
import gov.xianan.reform.registry.mapping.WorkerDtos.WorkerResponse;
import gov.xianan.reform.registry.validation.IdNumbers;
import gov.xianan.reform.registry.validation.Phones;

/**
 * Explicit mapping from registry entities to API records. Personal data (ID number, phone, birth
 * date) leaves unmasked only when the caller may see it; the decision is the service's.
 */
public final class RegistryMapper {

    private RegistryMapper() {
    }

    public static int age(LocalDate birthDate, LocalDate asOf) {
        return Period.between(birthDate, asOf).getYears();
    }

    /** The worker's age band today: what every caller sees instead of the exact age. */
    public static AgeBandRef ageBand(Worker w) {
        AgeBand band = AgeBand.of(age(w.birthDate, LocalDate.now(ClockProducer.ZONE)));
        return new AgeBandRef(band.name(), band.label);
    }

    /** The minimal lookup's row: the ID number is masked for every caller. */
    public static WorkerLookupItem lookupItem(Worker w) {
        return new WorkerLookupItem(w.id, w.name, IdNumbers.mask(w.idNumber),
                w.enterprise == null ? null : new LookupEnterprise(w.enterprise.id, w.enterprise.name), w.skillLevel,
                RegistryLabels.SKILL.get(w.skillLevel), w.agriculturalHukou, ageBand(w));
    }

    public static EnterpriseRef ref(Enterprise e, Map<String, String> industryNames) {
        return e == null ? null : new EnterpriseRef(e.id, e.name, e.industryCode, industryNames.get(e.industryCode), e.inDevZone);
    }

    /**
     * The columns of a list row (JPQL, aliases {@code w} worker, {@code e} enterprise, {@code i} its
     * industry), read by {@link #listItem}: the list maps rows, not entities (issue 13).
     */
    public static final String LIST_COLUMNS = "w.id, w.idNumber, w.name, w.gender, w.birthDate, w.education, w.monthlyWage, w.skillLevel, "
            + "w.occupation, w.agriculturalHukou, w.fromOutside, w.unionMember, w.partyMember, w.phone, w.demo, w.version, w.updatedAt, "
            + "e.id, e.name, e.industryCode, i.name, e.inDevZone, w.partyJoinedOn";

    /** A list row of {@link #LIST_COLUMNS} as the same response {@link #toResponse(Worker, boolean, Map)} gives, masked the same way. */
    public static WorkerResponse listItem(Object[] r, boolean unmasked, LocalDate today) {
        String idNumber = (String) r[1];
        LocalDate birthDate = (LocalDate) r[4];
        SkillLevel skill = (SkillLevel) r[7];
        String phone = (String) r[13];
        int age = age(birthDate, today);
        AgeBand band = AgeBand.of(age);
        EnterpriseRef employer = r[17] == null ? null
                : new EnterpriseRef((Long) r[17], (String) r[18], (String) r[19], (String) r[20], (Boolean) r[21]);
        boolean hukou = (Boolean) r[9];
        return new WorkerResponse((Long) r[0],
                unmasked ? idNumber : IdNumbers.mask(idNumber),
                !unmasked,
                (String) r[2], (Gender) r[3],
                unmasked ? birthDate : null,
                unmasked ? age : null,
                new AgeBandRef(band.name(), band.label),
                (Education) r[5], (BigDecimal) r[6], skill, skill.tier(), (String) r[8],
                hukou, hukou, (Boolean) r[10], (Boolean) r[11], (Boolean) r[12], (LocalDate) r[22],
                unmasked ? phone : Phones.mask(phone),
                employer, (Boolean) r[14], (Long) r[15], (Instant) r[16]);
    }

    public static WorkerResponse toResponse(Worker w, boolean unmasked, Map<String, String> industryNames) {
        return new WorkerResponse(w.id,
                unmasked ? w.idNumber : IdNumbers.mask(w.idNumber),
                !unmasked,
                w.name, w.gender,
                unmasked ? w.birthDate : null,
                unmasked ? age(w.birthDate, LocalDate.now(ClockProducer.ZONE)) : null,
                ageBand(w),
                w.education, w.monthlyWage, w.skillLevel, w.skillLevel.tier(), w.occupation,
                w.agriculturalHukou, w.agriculturalHukou, w.fromOutside, w.unionMember, w.partyMember, w.partyJoinedOn,
                unmasked ? w.phone : Phones.mask(w.phone),
                ref(w.enterprise, industryNames), w.demo, w.version, w.updatedAt);
    }

    /** An enterprise; the contact phone is masked like a worker's unless the caller may see it. */
    public static EnterpriseResponse toResponse(Enterprise e, long workerCount, Map<String, String> industryNames, boolean unmasked) {
        return new EnterpriseResponse(e.id, e.creditCode, e.name, e.industryCode, industryNames.get(e.industryCode), e.ownership,
                e.size, e.inDevZone, e.hasUnion, e.hasPartyOrg, e.address, e.contactPerson,
                unmasked ? e.contactPhone : Phones.mask(e.contactPhone), !unmasked && e.contactPhone != null, workerCount, e.demo,
                e.version, e.updatedAt);
    }

    public static EmploymentResponse toResponse(Employment e, Map<String, String> industryNames) {
        return new EmploymentResponse(e.id, ref(e.enterprise, industryNames), e.startDate, e.endDate, e.endDate == null);
    }

    public static MemberRef member(Worker w) {
        return w == null ? null : new MemberRef(w.id, w.name);
    }

    public static HonourResponse toResponse(Honour h, Map<String, String> industryNames) {
        List<MemberRef> members = h.members.stream().map(RegistryMapper::member).toList();
        return new HonourResponse(h.id, h.kind, h.category, h.title, h.level, h.year, h.awardedOn, h.issuer, member(h.worker),
                ref(h.enterprise, industryNames), h.teamName, members, h.source, h.citation, h.demo, h.version);
    }

    public static PoliticalPostResponse toResponse(PoliticalPost p) {
        return new PoliticalPostResponse(p.id, member(p.worker), p.post, p.title, p.level, p.year, p.issuer);
    }

    /** What a worker's change history shows; personal data masked unless the caller may see it. */
    public static Map<String, Object> snapshot(Worker w, boolean unmasked) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("idNumber", unmasked ? w.idNumber : IdNumbers.mask(w.idNumber));
        m.put("name", w.name);
        m.put("gender", w.gender);
        m.put("education", w.education);
        m.put("monthlyWage", w.monthlyWage);
        m.put("skillLevel", w.skillLevel);
        m.put("occupation", w.occupation);
        m.put("agriculturalHukou", w.agriculturalHukou);
        m.put("fromOutside", w.fromOutside);
        m.put("unionMember", w.unionMember);
        m.put("partyMember", w.partyMember);
        m.put("partyJoinedOn", w.partyJoinedOn);
        m.put("phone", unmasked ? w.phone : Phones.mask(w.phone));
        // by name: the history reads 所在企业 咸安某某机电有限公司, not a row number
        m.put("enterprise", w.enterprise == null ? null : w.enterprise.name);
        return m;
    }

    public static Map<String, Object> snapshot(Enterprise e, boolean unmasked) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("creditCode", e.creditCode);
        m.put("name", e.name);
        m.put("industryCode", e.industryCode);
        m.put("ownership", e.ownership);
        m.put("size", e.size);
        m.put("inDevZone", e.inDevZone);
        m.put("hasUnion", e.hasUnion);
        m.put("hasPartyOrg", e.hasPartyOrg);
        m.put("address", e.address);
        m.put("contactPerson", e.contactPerson);
        m.put("contactPhone", unmasked ? e.contactPhone : Phones.mask(e.contactPhone));
        return m;
    }
}
