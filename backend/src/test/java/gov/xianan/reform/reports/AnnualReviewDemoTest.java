package gov.xianan.reform.reports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import gov.xianan.reform.common.time.ClockProducer;
import gov.xianan.reform.registry.demo.DemoDataGenerator;
import gov.xianan.reform.testsupport.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;

/** With the demo registry, this year's review reproduces every figure of the district review's workforce section. */
@QuarkusTest
class AnnualReviewDemoTest {

    @Inject
    Db db;

    @Inject
    DataSource dataSource;

    @Test
    @TestSecurity(user = "federation-staff", roles = "staff")
    @OidcSecurity(claims = @Claim(key = "department", value = "federation"))
    void theWorkforceSectionReadsLikeTheSeed() throws Exception {
        db.execute("truncate table honour_member, honour, political_post, employment, worker, enterprise cascade");
        try (Connection c = dataSource.getConnection()) {
            new DemoDataGenerator(c, 20201124L, LocalDate.now(ClockProducer.ZONE)).generate(22_165);
        }
        String html = given().queryParam("year", LocalDate.now(ClockProducer.ZONE).getYear()).when().get("/api/v1/reports/annual-review")
                .then().statusCode(200).extract().asString();
        assertThat(html).contains("目前全区产业工人队伍总人数22165人。人员主要分布在机电制造、森工、建材、模具制造、印刷、生物医药、电子信息、纺织、服装、物流、建筑、"
                + "非煤矿山、农林、交通运输等行业。");
        assertThat(html).contains("全区产业工人中,男性占62%,女性占38%。大专以上文化程度占15%;高中及中专文化程度占51%;初中文化程度占32%;初中以下占2%。"
                + "全区产业工人队伍中月工资2000元以下占4%;2000—3000元占41%;3000—5000元占48%;5000元以上占7%。"
                + "全区产业工人中年龄50岁以上的占11%;40—50岁的占33%;30—40岁占35%;30岁以下的占21%。"
                + "全区产业工人中普工占82%;初中级技工占15%;高级技工和技师占3%。产业工人所在企业工会组织覆盖率达92%,职工入会率达94%。"
                + "产业工人队伍中农民工比例占75%;其中外来农民工占农民工总数的7%。产业工人所在单位党组织覆盖率达90%,共有党员1663人。");
        assertThat(html).contains("推荐59名工人为中国共产党咸安区第五次代表大会代表。");
        // the year has no honours of its own: the latest national ones are recalled
        assertThat(html).contains("2020年,三得利有限公司技术部副部长王晓霞扎根岗位、创新创造,2020年11月被评选为全国劳动模范。");
        assertThat(html).contains("华宇防腐有限公司技术胶甲班15名员工");
    }
}
