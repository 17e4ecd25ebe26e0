package gov.xianan.reform.registry.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** ID numbers and phones in free text (audit filters, error messages, mis-columned cells) are masked. */
class PersonalNumbersTest {

    @Test
    void idNumbersAndLongDigitRunsAreMaskedCodesAndShortNumbersAreNot() {
        assertThat(PersonalNumbers.maskWithin("q=421202199001011234 gender=MALE")).isEqualTo("q=421202********1234 gender=MALE");
        assertThat(PersonalNumbers.maskWithin("42120219900101123X")).isEqualTo("421202********123X");
        assertThat(PersonalNumbers.maskWithin("q=42120219900101")).isEqualTo("q=**************");
        assertThat(PersonalNumbers.maskWithin("无效的文化程度“13900001111”")).isEqualTo("无效的文化程度“***********”");
        assertThat(PersonalNumbers.maskWithin("企业未登记: 91421202MA4900001X")).isEqualTo("企业未登记: 91421202MA4900001X");
        assertThat(PersonalNumbers.maskWithin("enterpriseId=12 月工资应为数字: 3800.50 2023-05-01")).isEqualTo("enterpriseId=12 月工资应为数字: 3800.50 2023-05-01");
        assertThat(PersonalNumbers.maskWithin(null)).isNull();
    }
}
