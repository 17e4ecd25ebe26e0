package gov.xianan.reform.security.attacks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import gov.xianan.reform.common.disclosure.DisclosurePolicy;
import gov.xianan.reform.common.time.ClockProducer;
import gov.xianan.reform.testsupport.Db;
import gov.xianan.reform.testsupport.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/**
 * Issue 11, item 2: an analyst (and the data platform) tries to undo the small-cell suppression of
 * every aggregate endpoint — by date, by enterprise, by filter combinations and by complement —
 * with real Keycloak tokens, and recovers no hidden cell; the lead unit still reads exact figures.
 */
@QuarkusTest
@Tag("keycloak")
class Attack02DisclosureTest {

    private static final List<String> BREAKDOWNS = List.of("gender", "education", "wageBand", "ageBand", "skillTier", "industry");

    private static boolean built;

    @Inject
    AttackFixturesSdc fx;

    @Inject
    Db db;

    @BeforeEach
    void world() throws Exception {
        if (!built) {
            fx.workforce();
            fx.subsidies();
            fx.competitions();
            fx.tasks();
            built = true;
        }
    }

    /** The attackers: the analyst user and the data platform's service account. */
    private static Map<String, String> attackers() {
        return Map.of("analyst", KeycloakTokens.password("analyst"), "service-account-data-platform",
                KeycloakTokens.clientCredentials("data-platform", "data-platform-secret"));
    }

    private static String lead() {
        return KeycloakTokens.password("federation-lead");
    }

    private static JsonPath get(String token, String path, Object... query) {
        var req = given().auth().oauth2(token);
        for (int i = 0; i < query.length; i += 2) {
            req = req.queryParam((String) query[i], query[i + 1]);
        }
        return req.when().get(path).then().statusCode(200).extract().jsonPath();
    }

    /** The count of a category in a breakdown (null when hidden). */
    private static Long count(JsonPath s, String list, String key) {
        Number n = s.get(list + ".find { it.key == '" + key + "' }.count");
        return n == null ? null : n.longValue();
    }

    /** True when {@code whole − Σ others} can be computed, i.e. every operand is published. */
    private static boolean subtractable(Long whole, List<Long> others) {
        return whole != null && others.stream().allMatch(Objects::nonNull);
    }

    /**
     * The complement attack on one table: with the total shown, a table hides no cell or at least
     * two, and what they hide together (total minus the shown cells) is at least the threshold.
     * Returns the number of hidden cells.
     */
    private static int assertComplementSafe(String what, Long total, List<Long> cells) {
        long hidden = cells.stream().filter(Objects::isNull).count();
        if (total != null && hidden > 0) {
            assertThat(hidden).as(what + ": one hidden cell is the total minus the others").isGreaterThanOrEqualTo(2);
            long shown = cells.stream().filter(Objects::nonNull).mapToLong(Long::longValue).sum();
            assertThat(total - shown).as(what + ": the hidden cells together").isGreaterThanOrEqualTo(DisclosurePolicy.THRESHOLD);
        }
        return (int) hidden;
    }

    /** A number at the path, or null when hidden. */
    private static Long num(JsonPath s, String path) {
        Number n = s.get(path);
        return n == null ? null : n.longValue();
    }

    private static List<Long> longs(JsonPath s, String path) {
        List<Number> raw = s.getList(path);
        List<Long> out = new ArrayList<>();
        raw.forEach(n -> out.add(n == null ? null : n.longValue()));
        return out;
    }

    // ------------------------------------------------------------------ workforce

    @Test
    void workforceByEnterpriseIsRefusedAndLogged() {
        attackers().forEach((actor, token) -> {
            long before = db.count("select count(*) from audit_event where action = 'SCOPE_DENIED' and actor = ? and detail like '%enterpriseId%'", actor);
            given().auth().oauth2(token).queryParam("enterpriseId", AttackFixturesSdc.smallEnterprise).when().get("/api/v1/statistics/workforce")
                    .then().statusCode(403).contentType("application/problem+json")
                    .body("type", endsWith("/problems/disclosure-control"))
                    .body("detail", containsString("单个企业"));
            assertThat(db.count("select count(*) from audit_event where action = 'SCOPE_DENIED' and actor = ? and detail like '%enterpriseId%'", actor))
                    .as(actor).isEqualTo(before + 1);
        });
        // the lead unit reads the enterprise exactly
        JsonPath exact = get(lead(), "/api/v1/statistics/workforce", "enterpriseId", AttackFixturesSdc.smallEnterprise);
        assertThat(exact.getLong("total")).isEqualTo(4);
        assertThat(count(exact, "gender", "FEMALE")).isEqualTo(2);
        assertThat(exact.getBoolean("suppressionApplied")).isFalse();
    }

    @Test
    void workforceByDateGivesTheSameMonthEndForTheDayBeforeAndTheDayOfAHire() {
        LocalDate monthEnd = AttackFixturesSdc.hiredOn.withDayOfMonth(1).minusDays(1);
        attackers().forEach((actor, token) -> {
            String before = given().auth().oauth2(token).queryParam("industry", AttackFixturesSdc.INDUSTRY).queryParam("asOf", AttackFixturesSdc.hiredOn.minusDays(1).toString())
                    .when().get("/api/v1/statistics/workforce").then().statusCode(200).body("asOf", equalTo(monthEnd.toString())).extract().asString();
            String after = given().auth().oauth2(token).queryParam("industry", AttackFixturesSdc.INDUSTRY).queryParam("asOf", AttackFixturesSdc.hiredOn.toString())
                    .when().get("/api/v1/statistics/workforce").then().statusCode(200).extract().asString();
            assertThat(after).as(actor + ": the two days are one answer").isEqualTo(before);
            // today is never answered: the answer is for the last month end
            LocalDate today = LocalDate.now(ClockProducer.ZONE);
            JsonPath now = get(token, "/api/v1/statistics/workforce");
            assertThat(now.getString("asOf")).isEqualTo(DisclosurePolicy.referenceDate(today, today).toString());
            assertThat(now.getBoolean("suppressionApplied")).isTrue();
        });
        // the lead unit sees the hire on its day
        String lead = lead();
        assertThat(get(lead, "/api/v1/statistics/workforce", "enterpriseId", AttackFixturesSdc.smallEnterprise, "asOf", AttackFixturesSdc.hiredOn.minusDays(1).toString()).getLong("total"))
                .isEqualTo(3);
        assertThat(get(lead, "/api/v1/statistics/workforce", "enterpriseId", AttackFixturesSdc.smallEnterprise, "asOf", AttackFixturesSdc.hiredOn.toString()).getLong("total"))
                .isEqualTo(4);
    }

    @Test
    void workforceFilterCombinationsDoNotIsolateTheSmallEnterprise() {
        List<String> industries = db.string("select string_agg(code, ',' order by code) from industry").lines().flatMap(l -> List.of(l.split(",")).stream())
                .toList();
        attackers().forEach((actor, token) -> {
            // the industry inside the zone is the enterprise alone: the whole answer is hidden
            JsonPath narrow = get(token, "/api/v1/statistics/workforce", "industry", AttackFixturesSdc.INDUSTRY, "inDevZone", "true");
            assertThat(narrow.getBoolean("suppressionApplied")).isTrue();
            assertThat(narrow.get("total") == null).as(actor + ": population under the minimum").isTrue();
            for (String list : List.of("gender", "education", "wageBand", "ageBand", "skillTier")) {
                assertThat(longs(narrow, list + ".count")).as(list).containsOnlyNulls();
                assertThat(narrow.getList(list + ".percent")).as(list).containsOnlyNulls();
            }
            assertThat(narrow.get("party.members") == null && narrow.get("union.membershipPercent") == null && narrow.get("migrant.count") == null).isTrue();

            // the industry minus the industry outside the zone
            JsonPath industry = get(token, "/api/v1/statistics/workforce", "industry", AttackFixturesSdc.INDUSTRY);
            JsonPath outside = get(token, "/api/v1/statistics/workforce", "industry", AttackFixturesSdc.INDUSTRY, "inDevZone", "false");
            assertThat(subtractable(num(industry, "total"), Collections.singletonList(num(outside, "total"))))
                    .as(actor + ": printing − printing outside the zone").isFalse();
            for (String list : List.of("gender", "education", "wageBand", "ageBand", "skillTier")) {
                for (String key : narrow.<String>getList(list + ".key")) {
                    assertThat(subtractable(count(industry, list, key), Collections.singletonList(count(outside, list, key))))
                            .as(actor + ": " + list + "." + key + " of printing − outside the zone").isFalse();
                }
            }
            // the zone minus the zone's other industries, from the zone's own industry table and from one answer per industry
            JsonPath zone = get(token, "/api/v1/statistics/workforce", "inDevZone", "true");
            assertThat(count(zone, "industry", AttackFixturesSdc.INDUSTRY)).isNull();
            List<Long> others = industries.stream().filter(i -> !i.equals(AttackFixturesSdc.INDUSTRY)).map(i -> count(zone, "industry", i)).toList();
            assertThat(subtractable(num(zone, "total"), others)).as(actor + ": zone − its other industries").isFalse();
            List<JsonPath> perIndustry = industries.stream().filter(i -> !i.equals(AttackFixturesSdc.INDUSTRY))
                    .map(i -> get(token, "/api/v1/statistics/workforce", "industry", i, "inDevZone", "true")).toList();
            for (String list : List.of("gender", "wageBand")) {
                for (String key : narrow.<String>getList(list + ".key")) {
                    List<Long> parts = perIndustry.stream().map(s -> count(s, list, key)).toList();
                    assertThat(subtractable(count(zone, list, key), parts)).as(actor + ": " + list + "." + key + " of the zone − other industries").isFalse();
                }
            }
        });
        // the lead unit: the enterprise's four, exactly
        JsonPath exact = get(lead(), "/api/v1/statistics/workforce", "industry", AttackFixturesSdc.INDUSTRY, "inDevZone", "true");
        assertThat(exact.getLong("total")).isEqualTo(4);
        assertThat(exact.getLong("party.members")).isEqualTo(2);
    }

    @Test
    void workforceComplementsAndPercentsGiveNothingAway() {
        attackers().forEach((actor, token) -> {
            int hiddenBesideAShownTotal = 0;
            List<Object[]> filters = new ArrayList<>();
            filters.add(new Object[0]);
            filters.add(new Object[] { "inDevZone", "true" });
            filters.add(new Object[] { "inDevZone", "false" });
            for (String industry : List.of(AttackFixturesSdc.INDUSTRY, "transport", "non-coal-mining", "electromechanical")) {
                filters.add(new Object[] { "industry", industry });
                filters.add(new Object[] { "industry", industry, "inDevZone", "false" });
            }
            for (Object[] filter : filters) {
                JsonPath s = get(token, "/api/v1/statistics/workforce", filter);
                Long total = num(s, "total");
                for (String list : BREAKDOWNS) {
                    List<Long> counts = longs(s, list + ".count");
                    int hidden = assertComplementSafe(actor + " " + List.of(filter) + " " + list, total, counts);
                    if (total != null && hidden > 0) {
                        hiddenBesideAShownTotal++;
                    }
                    List<Object> percents = s.getList(list + ".percent");
                    for (int i = 0; i < counts.size(); i++) {
                        if (counts.get(i) == null) {
                            assertThat(percents.get(i)).as("the percent of a hidden cell").isNull();
                        }
                    }
                }
                if (s.get("party.members") == null) {
                    assertThat(s.getBoolean("party.suppressed")).isTrue();
                }
                if (s.get("migrant.count") == null) {
                    assertThat(s.get("migrant.percent") == null && s.get("migrant.outsidePercentOfMigrants") == null).isTrue();
                }
            }
            assertThat(hiddenBesideAShownTotal).as("the background registry has small cells to attack").isPositive();
        });
    }

    // ------------------------------------------------------------------ subsidies

    @Test
    void subsidiesHideTheSmallProgrammeInCountsAndMoneyAcrossYears() {
        int y = AttackFixturesSdc.SUBSIDY_YEAR;
        attackers().forEach((actor, token) -> {
            JsonPath year = get(token, "/api/v1/statistics/subsidies", "year", y);
            assertThat(year.getBoolean("suppressionApplied")).isTrue();
            assertThat(year.getBoolean("byProgramme.find { it.key == 'PRE_JOB_TRAINING' }.suppressed")).isTrue();
            assertThat((Object) year.get("byProgramme.find { it.key == 'PRE_JOB_TRAINING' }.trainees")).isNull();
            assertThat((Object) year.get("byProgramme.find { it.key == 'PRE_JOB_TRAINING' }.committed")).isNull();
            // complement in counts and in money: the year's total minus the other programmes
            Long total = num(year, "total.trainees");
            assertComplementSafe(actor + " trainees by programme", total, longs(year, "byProgramme.trainees"));
            assertComplementSafe(actor + " applications by programme", num(year, "total.applications"),
                    longs(year, "byProgramme.applications"));
            List<Object> money = year.getList("byProgramme.committed");
            assertThat(year.getList("byProgramme.suppressed", Boolean.class).stream().filter(b -> b).count()).isNotEqualTo(1);
            for (int i = 0; i < money.size(); i++) {
                if (year.getList("byProgramme.suppressed", Boolean.class).get(i)) {
                    assertThat(money.get(i)).isNull();
                    assertThat(year.getList("byProgramme.disbursed").get(i)).isNull();
                }
            }
            // the fund's budget is public and stays
            assertThat(year.getDouble("total.budget")).isEqualTo(1_000_000.0);
            // across the year filter: all years minus every other year
            JsonPath all = get(token, "/api/v1/statistics/subsidies");
            List<Long> otherYears = new ArrayList<>();
            for (String key : all.<String>getList("byYear.key")) {
                if (!key.equals(String.valueOf(y))) {
                    JsonPath other = get(token, "/api/v1/statistics/subsidies", "year", key);
                    Number n = other.get("byProgramme.find { it.key == 'PRE_JOB_TRAINING' }.trainees");
                    boolean listed = other.getList("byProgramme.key").contains("PRE_JOB_TRAINING");
                    otherYears.add(listed ? (n == null ? null : n.longValue()) : 0L);
                }
            }
            Number allYears = all.get("byProgramme.find { it.key == 'PRE_JOB_TRAINING' }.trainees");
            assertThat(subtractable(allYears == null ? null : allYears.longValue(), otherYears)).as(actor + ": all years − other years").isFalse();
            // no enterprise filter exists: asking for one changes nothing
            String plain = given().auth().oauth2(token).queryParam("year", y).when().get("/api/v1/statistics/subsidies").then().extract().asString();
            String byEnterprise = given().auth().oauth2(token).queryParam("year", y).queryParam("enterpriseId", AttackFixturesSdc.smallEnterprise)
                    .when().get("/api/v1/statistics/subsidies").then().statusCode(200).extract().asString();
            assertThat(byEnterprise).isEqualTo(plain);
        });
        JsonPath exact = get(lead(), "/api/v1/statistics/subsidies", "year", y);
        assertThat(exact.getBoolean("suppressionApplied")).isFalse();
        assertThat(exact.getLong("byProgramme.find { it.key == 'PRE_JOB_TRAINING' }.trainees")).isEqualTo(3);
        assertThat(exact.getDouble("byProgramme.find { it.key == 'PRE_JOB_TRAINING' }.committed")).isEqualTo(2400.0);
    }

    // ------------------------------------------------------------------ competitions

    @Test
    void competitionsHideTheSmallContestByKindByFieldAndAcrossYears() {
        int y = AttackFixturesSdc.COMPETITION_YEAR;
        attackers().forEach((actor, token) -> {
            JsonPath year = get(token, "/api/v1/statistics/competitions", "year", y);
            assertThat(year.getBoolean("suppressed")).isTrue();
            assertThat((Object) year.get("byKind.find { it.key == 'SKILL_CONTEST' }.participants.value")).isNull();
            assertThat(year.getLong("byKind.find { it.key == 'SKILL_CONTEST' }.competitions.value")).isEqualTo(1);
            Long total = num(year, "participants.value");
            assertComplementSafe(actor + " participants by kind", total, longs(year, "byKind.participants.value"));
            // by field: the contest has no field, so total minus the fields would be it
            List<Long> fields = longs(year, "byField.participants.value");
            assertThat(subtractable(total, fields)).as(actor + ": participants − the fields").isFalse();
            // across the year filter
            JsonPath all = get(token, "/api/v1/statistics/competitions");
            List<Long> otherYears = db.string("select coalesce(string_agg(distinct year::text, ','), '') from competition where year <> ? "
                    + "and stage in ('PUBLICATION', 'CLOSED')", y).lines().flatMap(l -> List.of(l.split(",")).stream()).filter(s -> !s.isBlank())
                    .map(other -> {
                        Number n = get(token, "/api/v1/statistics/competitions", "year", other).get("byKind.find { it.key == 'SKILL_CONTEST' }.participants.value");
                        return n == null ? null : n.longValue();
                    }).toList();
            Number allYears = all.get("byKind.find { it.key == 'SKILL_CONTEST' }.participants.value");
            assertThat(subtractable(allYears == null ? null : allYears.longValue(), otherYears)).as(actor + ": all years − other years").isFalse();
        });
        JsonPath exact = get(lead(), "/api/v1/statistics/competitions", "year", y);
        assertThat(exact.getBoolean("suppressed")).isFalse();
        assertThat(exact.getLong("byKind.find { it.key == 'SKILL_CONTEST' }.participants.value")).isEqualTo(3);
        assertThat(exact.getLong("participants.value")).isEqualTo(15);
    }

    // ------------------------------------------------------------------ tasks board

    @Test
    void theBoardHidesADepartmentsFewTasksInItsRowAndAcrossYears() {
        int y = AttackFixturesSdc.TASK_YEAR;
        attackers().forEach((actor, token) -> {
            JsonPath board = get(token, "/api/v1/tasks/board", "year", y);
            assertThat(board.getBoolean("suppressionApplied")).isTrue();
            String row = "departments.find { it.department.code == 'publicity' }";
            assertThat((Object) board.get(row + ".byStatus.COMPLETED")).isNull();
            assertThat((Object) board.get(row + ".completionRate")).isNull();
            assertThat((Object) board.get(row + ".rank")).as("a rank would bound the hidden rate").isNull();
            assertThat(board.getBoolean(row + ".suppressed")).isTrue();
            for (Map<String, Object> r : board.<Map<String, Object>>getList("departments")) {
                @SuppressWarnings("unchecked")
                Map<String, Number> byStatus = (Map<String, Number>) r.get("byStatus");
                List<Long> cells = byStatus.values().stream().map(n -> n == null ? null : n.longValue()).toList();
                Number total = (Number) r.get("total");
                assertComplementSafe(actor + " board row", total == null ? null : total.longValue(), cells);
            }
            // the board is not hidden whole: the year's other counts are there to be attacked
            assertThat(board.getList("departments.byStatus").stream().flatMap(m -> ((Map<?, ?>) m).values().stream()).filter(Objects::nonNull).count())
                    .isPositive();
            // across the year filter
            JsonPath all = get(token, "/api/v1/tasks/board");
            List<Long> otherYears = db.string("select coalesce(string_agg(distinct year::text, ','), '') from reform_task where year <> ?", y).lines()
                    .flatMap(l -> List.of(l.split(",")).stream()).filter(s -> !s.isBlank())
                    .map(other -> {
                        Number n = get(token, "/api/v1/tasks/board", "year", other).get(row + ".byStatus.COMPLETED");
                        return n == null ? null : n.longValue();
                    }).toList();
            Number allYears = all.get(row + ".byStatus.COMPLETED");
            assertThat(subtractable(allYears == null ? null : allYears.longValue(), otherYears)).as(actor + ": all years − other years").isFalse();
        });
        JsonPath exact = get(lead(), "/api/v1/tasks/board", "year", y);
        assertThat(exact.getBoolean("suppressionApplied")).isFalse();
        assertThat(exact.getLong("departments.find { it.department.code == 'publicity' }.byStatus.COMPLETED")).isEqualTo(1);
        assertThat(exact.getDouble("departments.find { it.department.code == 'publicity' }.completionRate")).isEqualTo(50.0);
        assertThat(get(lead(), "/api/v1/tasks/board").getList("departments.rank")).doesNotContainNull();
    }
}
