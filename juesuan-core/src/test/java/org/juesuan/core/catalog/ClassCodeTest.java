package org.juesuan.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassCodeTest {

    private static final ClassCode CLASS = ClassCode.of("201");
    private static final ClassCode SECTION = ClassCode.of("20103");
    private static final ClassCode ITEM = ClassCode.of("2010301");

    @Test
    void parsesDigitsOnly() {
        assertThat(ClassCode.parse("2010301")).contains(ITEM);
        assertThat(ClassCode.parse("")).isEmpty();
        assertThat(ClassCode.parse("20103O1")).isEmpty();
        assertThat(ClassCode.parse(" 201")).isEmpty();
        assertThat(ClassCode.parse("２０１")).isEmpty();
        assertThat(ClassCode.parse("1234567890123")).isEmpty();
    }

    @Test
    void rejectsTextThatIsNotACodeWhenConstructed() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ClassCode.of("20a"))
                .withMessageContaining("20a");
        assertThatIllegalArgumentException().isThrownBy(() -> ClassCode.of(""));
    }

    @Test
    void takesItsLevelFromItsLengthInAClassification() {
        assertThat(CLASS.level(CatalogKind.FUNCTION)).isEqualTo(1);
        assertThat(SECTION.level(CatalogKind.FUNCTION)).isEqualTo(2);
        assertThat(ITEM.level(CatalogKind.FUNCTION)).isEqualTo(3);
        assertThat(ITEM.level(CatalogKind.ECONOMIC)).isZero();
        assertThat(ClassCode.of("2010").level(CatalogKind.FUNCTION)).isZero();
    }

    @Test
    void findsItsParentOneLevelUp() {
        assertThat(ITEM.parent(CatalogKind.FUNCTION)).contains(SECTION);
        assertThat(SECTION.parent(CatalogKind.FUNCTION)).contains(CLASS);
        assertThat(CLASS.parent(CatalogKind.FUNCTION)).isEmpty();
        assertThat(ClassCode.of("30101").parent(CatalogKind.ECONOMIC)).contains(ClassCode.of("301"));
        assertThat(ClassCode.of("2010").parent(CatalogKind.FUNCTION)).isEmpty();
    }

    @Test
    void containsItselfAndItsDescendantsOnly() {
        assertThat(CLASS.contains(ITEM)).isTrue();
        assertThat(SECTION.contains(ITEM)).isTrue();
        assertThat(ITEM.contains(ITEM)).isTrue();
        assertThat(ITEM.contains(SECTION)).isFalse();
        assertThat(ClassCode.of("20104").contains(ITEM)).isFalse();
        assertThat(ClassCode.of("202").contains(ITEM)).isFalse();
    }

    @Test
    void ordersAParentRightBeforeItsChildren() {
        List<ClassCode> codes = new ArrayList<>(
                List.of(ClassCode.of("202"), ITEM, ClassCode.of("20104"), CLASS, SECTION, ClassCode.of("2010399")));
        codes.sort(null);
        assertThat(codes)
                .extracting(ClassCode::toString)
                .containsExactly("201", "20103", "2010301", "2010399", "20104", "202");
    }

    @Test
    void cutsToAPrefix() {
        assertThat(ITEM.prefix(5)).isEqualTo(SECTION);
        assertThat(ITEM.length()).isEqualTo(7);
    }
}
