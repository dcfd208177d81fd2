package org.juesuan.core.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The cover and metadata of a document (封面信息).
 *
 * @param title the document title, e.g. 武汉市青山区人民政府国有资产监督管理局2024年度部门决算公开; also the PDF title
 * @param unitName the unit's full name, printed on the cover
 * @param fiscalYear the fiscal year
 * @param publishedOn the publication date printed on the cover, if known
 * @param profileId the regional profile the document follows
 * @param language the document language tag, {@code zh-CN}
 * @param draft whether every page is marked 草稿 (the data failed validation)
 * @param cover the lines printed on the cover, in order, e.g. the unit's name, 2024年度部门决算公开 and the date
 */
public record DocumentInfo(
        String title,
        String unitName,
        int fiscalYear,
        @Nullable LocalDate publishedOn,
        String profileId,
        String language,
        boolean draft,
        List<String> cover) {

    /** Creates the document information. */
    public DocumentInfo {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(unitName, "unitName");
        Objects.requireNonNull(profileId, "profileId");
        Objects.requireNonNull(language, "language");
        cover = List.copyOf(cover);
    }

    /**
     * Creates the document information with the usual cover: the unit's name, “{year}年度部门决算公开” and the
     * publication date if known.
     */
    public DocumentInfo(
            String title,
            String unitName,
            int fiscalYear,
            @Nullable LocalDate publishedOn,
            String profileId,
            String language,
            boolean draft) {
        this(
                title,
                unitName,
                fiscalYear,
                publishedOn,
                profileId,
                language,
                draft,
                defaultCover(unitName, fiscalYear, publishedOn));
    }

    private static List<String> defaultCover(String unitName, int fiscalYear, @Nullable LocalDate publishedOn) {
        List<String> lines = new ArrayList<>();
        lines.add(unitName);
        lines.add(fiscalYear + "年度部门决算公开");
        if (publishedOn != null) {
            lines.add(dateText(publishedOn));
        }
        return lines;
    }

    /** Returns the publication date, if known. */
    public Optional<LocalDate> published() {
        return Optional.ofNullable(publishedOn);
    }

    /** Returns the date as printed on a cover, e.g. 2025年10月30日, or empty. */
    public String publishedText() {
        return publishedOn == null ? "" : dateText(publishedOn);
    }

    /** Returns a date as printed in documents, e.g. 2025年10月30日. */
    public static String dateText(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
