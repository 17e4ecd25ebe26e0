package gov.xianan.reform.registry.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import gov.xianan.reform.common.time.ClockProducer;
import gov.xianan.reform.registry.Gender;

class ChecksumTest {

    @Test
    void idNumbersFromTheStandardAreValid() {
        // the worked examples of GB 11643-1999
        assertThat(IdNumbers.problem("11010519491231002X")).isEmpty();
        assertThat(IdNumbers.checkCharacter("44052418800101001")).isEqualTo('4');
        assertThat(IdNumbers.problem("440524188001010014")).as("checksum right, but born before 1900").contains("身份证号中的出生日期无效");
        assertThat(IdNumbers.problem("11010519491231002x")).as("lower-case x is normalised").isEmpty();
        assertThat(IdNumbers.gender("11010519491231002X")).isEqualTo(Gender.FEMALE);
        assertThat(IdNumbers.gender("440524188001010014")).isEqualTo(Gender.MALE);
        assertThat(IdNumbers.birthDate("11010519491231002X")).contains(LocalDate.of(1949, 12, 31));
    }

    @Test
    void badIdNumbersSayWhy() {
        assertThat(IdNumbers.problem("110105194912310021")).contains("身份证号校验码错误");
        assertThat(IdNumbers.problem("11010519491331002X")).contains("身份证号中的出生日期无效");
        assertThat(IdNumbers.problem("1101051949123100")).contains("身份证号应为18位:17位数字加1位校验码(数字或X)");
        assertThat(IdNumbers.problem("11010519491231002Y")).isPresent();
        assertThat(IdNumbers.problem("  ")).contains("身份证号不能为空");
        assertThat(IdNumbers.problem("421202" + LocalDate.now(ClockProducer.ZONE).plusYears(1).toString().replace("-", "") + "0011")).isPresent();
    }

    @Test
    void maskingKeepsAreaAndLastFour() {
        assertThat(IdNumbers.mask("421202199001011234")).isEqualTo("421202********1234");
        assertThat(Phones.mask("13812345678")).isEqualTo("138****5678");
        assertThat(Phones.mask(null)).isNull();
    }

    @Test
    void creditCodesChecksum() {
        // a published example of GB 32100-2015 and our own generated one
        assertThat(CreditCodes.problem("91350100M000100Y43")).isEmpty();
        String first17 = "91421202MA4900001";
        String valid = first17 + CreditCodes.checkCharacter(first17);
        assertThat(CreditCodes.isValid(valid)).isTrue();
        char wrong = CreditCodes.ALPHABET.charAt((CreditCodes.ALPHABET.indexOf(valid.charAt(17)) + 1) % 31);
        assertThat(CreditCodes.problem(first17 + wrong)).contains("统一社会信用代码校验码错误");
        assertThat(CreditCodes.problem("91350100M000100YI3")).get().asString().contains("无效字符");
        assertThat(CreditCodes.problem("9135010")).contains("统一社会信用代码应为18位");
    }
}
