package org.masswork.platform.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageNegotiationTest {

    @Test
    void shouldAnswerChineseWhenNothingOrNothingKnownIsAsked() {
        assertThat(Language.negotiate(null)).isEqualTo(Language.ZH_CN);
        assertThat(Language.negotiate("")).isEqualTo(Language.ZH_CN);
        assertThat(Language.negotiate("fr-FR, de;q=0.8")).isEqualTo(Language.ZH_CN);
        assertThat(Language.negotiate("en;q=x")).isEqualTo(Language.ZH_CN);
        assertThat(Language.negotiate("*")).isEqualTo(Language.ZH_CN);
    }

    @Test
    void shouldTakeTheKnownLanguageOfHighestWeight() {
        assertThat(Language.negotiate("en-US")).isEqualTo(Language.EN);
        assertThat(Language.negotiate("en")).isEqualTo(Language.EN);
        assertThat(Language.negotiate("zh-CN")).isEqualTo(Language.ZH_CN);
        assertThat(Language.negotiate("zh-TW")).isEqualTo(Language.ZH_CN);
        assertThat(Language.negotiate("zh;q=0.5, en-GB;q=0.9")).isEqualTo(Language.EN);
        assertThat(Language.negotiate("fr, en;q=0.7, zh;q=0.6")).isEqualTo(Language.EN);
        assertThat(Language.negotiate("en;q=0, zh")).isEqualTo(Language.ZH_CN);
        assertThat(Language.negotiate("en;q=0")).isEqualTo(Language.ZH_CN);
    }

    @Test
    void shouldSayTheLanguageAsContentLanguageTags() {
        assertThat(Language.ZH_CN.tag()).isEqualTo("zh-CN");
        assertThat(Language.EN.tag()).isEqualTo("en");
    }

    @Test
    void shouldSpellAnEnglishLabelFromTheCodeAndKeepTheChineseOne() {
        assertThat(Role.DISPUTE_MEDIATOR.label(Language.EN)).isEqualTo("Dispute mediator");
        assertThat(Role.DISPUTE_MEDIATOR.label(Language.ZH_CN)).isEqualTo("矛盾纠纷调解员");
    }

    private enum Role implements Labelled {
        DISPUTE_MEDIATOR;

        @Override
        public String label() {
            return "矛盾纠纷调解员";
        }
    }
}
