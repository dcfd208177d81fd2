package org.juesuan.portal.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScopedStyleTest {

    @Test
    void prefixesEverySelectorOfARule() {
        assertThat(ScopedStyle.scope("h1,p.note{margin:0;}", ".d")).isEqualTo(".d h1,.d p.note{margin:0;}\n");
    }

    @Test
    void turnsBodyAndHtmlIntoTheScopeItself() {
        assertThat(ScopedStyle.scope("body{color:#111;}html{margin:0}body p{x:y}", ".d"))
                .isEqualTo(".d{color:#111;}\n.d{margin:0}\n.d p{x:y}\n");
    }

    @Test
    void scopesTheRulesInsideMediaBlocks() {
        assertThat(ScopedStyle.scope("@media print{body{margin:0;}thead{display:table-header-group;}}", ".d"))
                .isEqualTo("@media print{.d{margin:0;}\n.d thead{display:table-header-group;}\n}\n");
    }

    @Test
    void keepsPageRulesAsTheyAre() {
        assertThat(ScopedStyle.scope("@page landscape{size:A4 landscape;}", ".d"))
                .isEqualTo("@page landscape{size:A4 landscape;}\n");
    }

    @Test
    void leavesBracesInsideStringsAndCommentsAlone() {
        assertThat(ScopedStyle.scope("/* a{b} */ p::before{content:\"}{\";}", ".d"))
                .isEqualTo(".d p::before{content:\"}{\";}\n");
    }

    @Test
    void rejectsTextAfterTheLastRule() {
        assertThatThrownBy(() -> ScopedStyle.scope("p{color:red;} h1", ".d"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsAnUnbalancedSheet() {
        assertThatThrownBy(() -> ScopedStyle.scope("p{color:red;", ".d")).isInstanceOf(IllegalArgumentException.class);
    }
}
