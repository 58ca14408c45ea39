package org.masswork.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void shouldKeepOnlyTheSurnameOfAName() {
        assertThat(Masking.name("张三丰")).isEqualTo("张**");
        assertThat(Masking.name("李四")).isEqualTo("李*");
        assertThat(Masking.name("王")).isEqualTo("王*");
    }

    @Test
    void shouldKeepThePrefixAndLastFourDigitsOfAMobileNumber() {
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
        assertThat(Masking.phone("8123456")).isEqualTo("*****56");
    }

    @Test
    void shouldKeepTheRegionAndCheckDigitOfAnIdNumber() {
        assertThat(Masking.idNumber("11010119900307123X")).isEqualTo("110101***********X");
    }

    @Test
    void shouldKeepOnlyTheBeginningOfAnAddress() {
        assertThat(Masking.address("城关镇东沟村三组12号")).isEqualTo("城关镇东沟村****");
        assertThat(Masking.address("东沟村")).isEqualTo("东沟村");
    }
}
