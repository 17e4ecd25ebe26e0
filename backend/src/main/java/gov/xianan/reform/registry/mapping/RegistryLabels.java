package gov.xianan.reform.registry.mapping;

import java.util.Map;

import gov.xianan.reform.registry.Education;
import gov.xianan.reform.registry.Gender;
import gov.xianan.reform.registry.SkillLevel;

/** The Chinese words users write for the registry's enums (exports, templates, imports). */
public final class RegistryLabels {

    public static final Map<Gender, String> GENDER = Map.of(Gender.MALE, "男", Gender.FEMALE, "女");
    public static final Map<Education, String> EDUCATION = Map.of(Education.BELOW_JUNIOR_HIGH, "初中以下", Education.JUNIOR_HIGH, "初中",
            Education.SENIOR_HIGH, "高中及中专", Education.COLLEGE_OR_ABOVE, "大专以上");
    public static final Map<SkillLevel, String> SKILL = Map.of(SkillLevel.NONE, "普工", SkillLevel.JUNIOR, "初级工", SkillLevel.INTERMEDIATE,
            "中级工", SkillLevel.SENIOR, "高级工", SkillLevel.TECHNICIAN, "技师", SkillLevel.SENIOR_TECHNICIAN, "高级技师");

    private RegistryLabels() {
    }

    public static String yesNo(boolean value) {
        return value ? "是" : "否";
    }
}
