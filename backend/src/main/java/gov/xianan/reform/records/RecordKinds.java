package gov.xianan.reform.records;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every kind code of the department records, with its Chinese and English label: the one place
 * they are spelled, so that they move as they are into the admin-extensible dictionaries
 * ({@code dictionary_item}: kind, code, label_zh, label_en, sort_order) when those arrive. Nothing
 * in code switches on these codes; they are stored and shown by label.
 */
public final class RecordKinds {

    /** One kind: its stored code and its labels. */
    public record Kind(String code, String label, String labelEn) {
    }

    /** 宣讲类型 (publicity sessions). */
    public static final String PUBLICITY_SESSION_KIND = "publicity-session-kind";
    /** 示范点级别 (union demo sites). */
    public static final String DEMO_SITE_LEVEL = "demo-site-level";
    /** 示范点状态 (union demo sites). */
    public static final String DEMO_SITE_STATUS = "demo-site-status";
    /** 学段 (schooling of migrant workers' children). */
    public static final String SCHOOL_LEVEL = "school-level";

    /** Dictionary kind → its items in display order. */
    public static final Map<String, List<Kind>> ALL = Map.of(
            PUBLICITY_SESSION_KIND, List.of(
                    new Kind("THEORY", "理论宣讲", "Theory session"),
                    new Kind("PUBLIC", "百姓宣讲", "Grassroots session")),
            DEMO_SITE_LEVEL, List.of(
                    new Kind("DISTRICT", "区级", "District"),
                    new Kind("CITY", "市级", "City"),
                    new Kind("PROVINCE", "省级", "Province")),
            DEMO_SITE_STATUS, List.of(
                    new Kind("BUILDING", "创建中", "Being built"),
                    new Kind("ACCEPTED", "已验收", "Accepted"),
                    new Kind("REVOKED", "已撤销", "Revoked")),
            SCHOOL_LEVEL, List.of(
                    new Kind("PRIMARY", "小学", "Primary school"),
                    new Kind("JUNIOR", "初中", "Junior secondary school")));

    private RecordKinds() {
    }

    public static List<Kind> of(String dictionary) {
        return ALL.getOrDefault(dictionary, List.of());
    }

    /** The kind with this code or this Chinese or English label (imports take labels). */
    public static Optional<Kind> find(String dictionary, String codeOrLabel) {
        String v = codeOrLabel.strip();
        return of(dictionary).stream()
                .filter(k -> k.code().equalsIgnoreCase(v) || k.label().equals(v) || k.labelEn().equalsIgnoreCase(v)).findFirst();
    }

    public static String label(String dictionary, String code) {
        return of(dictionary).stream().filter(k -> k.code().equals(code)).map(Kind::label).findFirst().orElse(code);
    }
}
