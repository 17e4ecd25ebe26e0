package gov.xianan.reform.records;

import java.util.List;
import java.util.Optional;

import gov.xianan.reform.dictionaries.service.DictionaryLabels;
import io.quarkus.arc.Arc;

/**
 * The kinds of the department records are admin dictionaries ({@code dictionary_item}, open kinds,
 * seeded by V19): the admin adds codes, relabels, reorders and deactivates them on 数据字典.
 * Validation takes the active items, labels come from every item (a deactivated kind still names
 * old records). Nothing in code switches on these codes, except the few with behaviour, which
 * the dictionary marks {@code behavioural} (the admin cannot deactivate them) and which are
 * spelled here as constants: the party stages that make a worker a party member, and an accepted
 * union demo site.
 */
public final class RecordKinds {

    /** One kind: its stored code and its labels. */
    public record Kind(String code, String label, String labelEn) {
    }

    /** 宣讲类型 (publicity sessions). */
    public static final String PUBLICITY_SESSION_KIND = "publicity_session_kind";
    /** 示范点级别 (union demo sites). */
    public static final String DEMO_SITE_LEVEL = "demo_site_level";
    /** 示范点状态 (union demo sites). */
    public static final String DEMO_SITE_STATUS = "demo_site_status";
    /** 学段 (schooling of migrant workers' children). */
    public static final String SCHOOL_LEVEL = "school_level";
    /** 宣传媒体 (model-worker stories). */
    public static final String STORY_OUTLET = "story_outlet";
    /** 发展阶段 (party-member development). */
    public static final String PARTY_STAGE = "party_stage";
    /** 争议类型 (labour disputes). */
    public static final String DISPUTE_KIND = "dispute_kind";
    /** 处理方式 (labour disputes). */
    public static final String DISPUTE_CHANNEL = "dispute_channel";
    /** 处理结果 (labour disputes). */
    public static final String DISPUTE_OUTCOME = "dispute_outcome";

    /** Behavioural codes (marked so in the dictionary). */
    public static final String STAGE_PROBATIONARY = "PROBATIONARY";
    public static final String STAGE_FULL = "FULL";
    public static final String SITE_ACCEPTED = "ACCEPTED";

    /** Every dictionary kind the record types use. */
    public static final List<String> ALL = List.of(PUBLICITY_SESSION_KIND, DEMO_SITE_LEVEL, DEMO_SITE_STATUS, SCHOOL_LEVEL,
            STORY_OUTLET, PARTY_STAGE, DISPUTE_KIND, DISPUTE_CHANNEL, DISPUTE_OUTCOME);

    private RecordKinds() {
    }

    private static List<DictionaryLabels.Item> items(String dictionary) {
        return Arc.container().instance(DictionaryLabels.class).get().items(dictionary);
    }

    /** The active kinds, in the admin's order: what a form offers and a new value may take. */
    public static List<Kind> of(String dictionary) {
        return items(dictionary).stream().filter(DictionaryLabels.Item::active).map(i -> new Kind(i.code(), i.labelZh(), i.labelEn())).toList();
    }

    /** The active kind with this code or this Chinese or English label (imports take labels). */
    public static Optional<Kind> find(String dictionary, String codeOrLabel) {
        String v = codeOrLabel.strip();
        return of(dictionary).stream()
                .filter(k -> k.code().equalsIgnoreCase(v) || k.label().equals(v) || k.labelEn().equalsIgnoreCase(v)).findFirst();
    }

    /** The Chinese label of a code, active or not; the code itself when the dictionary lacks it. */
    public static String label(String dictionary, String code) {
        return items(dictionary).stream().filter(k -> k.code().equals(code)).map(DictionaryLabels.Item::labelZh).findFirst().orElse(code);
    }
}
