package gov.xianan.reform.registry.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import gov.xianan.reform.common.export.SpreadsheetCells;
import gov.xianan.reform.common.time.ClockProducer;
import gov.xianan.reform.registry.Education;
import gov.xianan.reform.registry.SkillLevel;
import gov.xianan.reform.registry.mapping.RegistryLabels;
import gov.xianan.reform.registry.mapping.RegistryMapper;
import gov.xianan.reform.registry.validation.CreditCodes;
import gov.xianan.reform.registry.validation.IdNumbers;
import gov.xianan.reform.registry.validation.Phones;

/**
 * The import file's columns (Chinese headers, any order) and the rules of one row — the same rules
 * as {@code POST /api/v1/workers}: checksum, age, enum values in Chinese or English, wage, phone,
 * registered employer.
 */
public final class WorkerRowParser {

    public static final String ID = "身份证号";
    public static final String NAME = "姓名";
    public static final String EDUCATION = "文化程度";
    public static final String WAGE = "月工资";
    public static final String SKILL = "技能等级";
    public static final String OCCUPATION = "工种";
    public static final String AGRICULTURAL = "农业户口";
    public static final String OUTSIDE = "外来务工";
    public static final String UNION = "工会会员";
    public static final String PARTY = "党员";
    public static final String PHONE = "手机号";
    public static final String ENTERPRISE = "企业统一社会信用代码";
    public static final String SINCE = "入职日期";

    public static final List<String> COLUMNS = List.of(ID, NAME, EDUCATION, WAGE, SKILL, OCCUPATION, AGRICULTURAL, OUTSIDE, UNION, PARTY,
            PHONE, ENTERPRISE, SINCE);
    public static final List<String> REQUIRED = List.of(ID, NAME, EDUCATION, WAGE, SKILL, AGRICULTURAL, OUTSIDE, UNION, PARTY);

    /** A valid row, ready to write. */
    public record WorkerRow(int rowNumber, String idNumber, String name, LocalDate birthDate, String gender, Education education,
            BigDecimal monthlyWage, SkillLevel skillLevel, String occupation, boolean agriculturalHukou, boolean fromOutside,
            boolean unionMember, boolean partyMember, String phone, Long enterpriseId, LocalDate employedSince) {
    }

    /** One bad cell. */
    public record CellError(int rowNumber, String column, String message) {
    }

    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Long> enterprisesByCode;

    private WorkerRowParser(Map<String, Long> enterprisesByCode) {
        this.enterprisesByCode = enterprisesByCode;
    }

    /** Reads the header row; the missing required columns, if any, are returned as the problem. */
    public static WorkerRowParser forHeader(List<String> header, Map<String, Long> enterprisesByCode, List<String> missing) {
        WorkerRowParser p = new WorkerRowParser(enterprisesByCode);
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i) == null ? "" : header.get(i).replace("*", "").replace("(元)", "").strip();
            if (COLUMNS.contains(h)) {
                p.index.putIfAbsent(h, i);
            }
        }
        for (String required : REQUIRED) {
            if (!p.index.containsKey(required)) {
                missing.add(required);
            }
        }
        return p;
    }

    public int columnIndex(String column) {
        return index.getOrDefault(column, -1);
    }

    /** The row, or the errors of its cells. */
    public Optional<WorkerRow> parse(int rowNumber, List<String> cells, List<CellError> errors) {
        int before = errors.size();
        String id = IdNumbers.normalize(cell(cells, ID));
        IdNumbers.problem(id).ifPresent(p -> errors.add(new CellError(rowNumber, ID, p)));
        LocalDate birth = null;
        if (errors.size() == before) {
            birth = IdNumbers.birthDate(id).orElseThrow();
            if (RegistryMapper.age(birth, LocalDate.now(ClockProducer.ZONE)) < 16) {
                errors.add(new CellError(rowNumber, ID, "未满16周岁,不能登记为产业工人"));
            }
        }
        String name = cell(cells, NAME);
        if (name.isEmpty()) {
            errors.add(new CellError(rowNumber, NAME, "姓名不能为空"));
        } else if (name.length() > 50) {
            errors.add(new CellError(rowNumber, NAME, "姓名不能超过50个字"));
        }
        Education education = choice(rowNumber, EDUCATION, cell(cells, EDUCATION), RegistryLabels.EDUCATION, Education.class, errors);
        SkillLevel skill = choice(rowNumber, SKILL, cell(cells, SKILL), RegistryLabels.SKILL, SkillLevel.class, errors);
        BigDecimal wage = null;
        String wageText = cell(cells, WAGE).replace(",", "");
        try {
            wage = new BigDecimal(wageText).setScale(2, java.math.RoundingMode.HALF_UP);
            if (wage.signum() < 0 || wage.compareTo(new BigDecimal("9999999.99")) > 0) {
                errors.add(new CellError(rowNumber, WAGE, "月工资应在 0 到 9,999,999.99 元之间"));
            }
        } catch (NumberFormatException e) {
            errors.add(new CellError(rowNumber, WAGE, wageText.isEmpty() ? "月工资不能为空" : "月工资应为数字: " + wageText));
        }
        Boolean agricultural = yesNo(rowNumber, AGRICULTURAL, cells, errors);
        Boolean outside = yesNo(rowNumber, OUTSIDE, cells, errors);
        Boolean union = yesNo(rowNumber, UNION, cells, errors);
        Boolean party = yesNo(rowNumber, PARTY, cells, errors);
        String phone = cell(cells, PHONE);
        if (!phone.isEmpty() && !phone.matches(Phones.PATTERN)) {
            errors.add(new CellError(rowNumber, PHONE, "应为11位手机号或带区号的固定电话"));
        }
        Long enterpriseId = null;
        String code = CreditCodes.normalize(cell(cells, ENTERPRISE));
        if (!code.isEmpty()) {
            Optional<String> problem = CreditCodes.problem(code);
            if (problem.isPresent()) {
                errors.add(new CellError(rowNumber, ENTERPRISE, problem.get()));
            } else if ((enterpriseId = enterprisesByCode.get(code)) == null) {
                errors.add(new CellError(rowNumber, ENTERPRISE, "企业未登记: " + code + "(请先在“企业”中登记)"));
            }
        }
        LocalDate since = null;
        String sinceText = cell(cells, SINCE);
        if (!sinceText.isEmpty()) {
            since = date(sinceText);
            if (since == null) {
                errors.add(new CellError(rowNumber, SINCE, "日期格式应为 yyyy-MM-dd: " + sinceText));
            } else if (since.isAfter(LocalDate.now(ClockProducer.ZONE).plusYears(1))) {
                errors.add(new CellError(rowNumber, SINCE, "入职日期不能晚于一年以后"));
            }
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new WorkerRow(rowNumber, id, name, birth, IdNumbers.gender(id).name(), education, wage, skill,
                cell(cells, OCCUPATION).isEmpty() ? null : cell(cells, OCCUPATION), agricultural, outside, union, party,
                phone.isEmpty() ? null : phone, enterpriseId, since));
    }

    private String cell(List<String> cells, String column) {
        Integer i = index.get(column);
        if (i == null || i >= cells.size() || cells.get(i) == null) {
            return "";
        }
        return SpreadsheetCells.restore(cells.get(i).strip()); // a file exported here comes back as it went out
    }

    private Boolean yesNo(int rowNumber, String column, List<String> cells, List<CellError> errors) {
        String v = cell(cells, column);
        switch (v.toLowerCase()) {
            case "是", "true", "1", "y", "yes" -> {
                return true;
            }
            case "否", "false", "0", "n", "no" -> {
                return false;
            }
            default -> {
                errors.add(new CellError(rowNumber, column, v.isEmpty() ? column + "不能为空(填“是”或“否”)" : "应填“是”或“否”: " + v));
                return null;
            }
        }
    }

    private static <E extends Enum<E>> E choice(int rowNumber, String column, String value, Map<E, String> labels, Class<E> type,
            List<CellError> errors) {
        for (Map.Entry<E, String> e : labels.entrySet()) {
            if (e.getValue().equals(value) || e.getKey().name().equalsIgnoreCase(value)) {
                return e.getKey();
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            allowed.add(labels.get(e));
        }
        errors.add(new CellError(rowNumber, column, (value.isEmpty() ? column + "不能为空" : "无效的" + column + "“" + value + "”")
                + ",可选: " + String.join("、", allowed)));
        return null;
    }

    private static LocalDate date(String text) {
        for (String pattern : new String[] { "yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyy.M.d" }) {
            try {
                return LocalDate.parse(text, DateTimeFormatter.ofPattern(pattern));
            } catch (DateTimeParseException e) {
                // next pattern
            }
        }
        return null;
    }
}
