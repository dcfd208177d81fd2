package org.juesuan.render.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.juesuan.core.document.Block;
import org.juesuan.core.document.ChartBlock;
import org.juesuan.core.document.Document;
import org.juesuan.core.document.DocumentInfo;
import org.juesuan.core.document.Part;

/**
 * Renders a disclosure document as PDF/A-2b (PDF归档格式): A4 pages with a cover, a table of contents with page
 * numbers, page numbers in the footer, each part on a new page, the public tables with merged headers (on landscape
 * pages when too wide), charts as vector graphics, and a 草稿 mark on every page of a draft.
 *
 * <p>The file embeds a subset of Noto Sans SC, declares PDF/A-2b in its XMP metadata with an sRGB output intent, and is
 * deterministic: the dates are the publication date and the file identifier is a digest of the content, so the same
 * document always gives the same bytes.
 *
 * <p>Thread-safe: each thread parses the font once and keeps it; renderings share nothing else.
 */
public final class PdfRenderer {

    private static final String PRODUCER = "Juesuan";
    private static final byte[] SRGB =
            ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private static final TimeZone CHINA = TimeZone.getTimeZone("GMT+08:00");

    private PdfRenderer() {}

    /** Renders a document and returns the file with the layout of its figures, for the proof. */
    public static RenderedPdf render(Document document) {
        FontFace face = FontFace.current();
        try (PDDocument pdf = new PDDocument()) {
            pdf.setVersion(1.7f);
            COSDictionary font = new COSDictionary();
            BitSet used = new BitSet();
            Composer composer =
                    new Composer(document, face, used, new ChartPainter(pdf, new ChartText(face, font, used)));
            composer.compose();
            FontEmbedder.embed(pdf, face, used, font);
            MessageDigest digest = sha256();
            List<PDPage> pages = new ArrayList<>();
            List<PdfLayout.Placement> placements = new ArrayList<>();
            for (PdfPage composed : composer.pages) {
                pages.add(page(pdf, font, composed, digest));
                placements.addAll(composed.placements);
            }
            describe(pdf, document.info(), digest);
            outline(pdf, composer.bookmarks, pages);
            identify(pdf, document, digest);
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            pdf.save(out);
            return new RenderedPdf(out.toByteArray(), new PdfLayout(pages.size(), placements));
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF of " + document.info().title() + " cannot be written", e);
        }
    }

    /** Renders a document and returns the bytes of the file. */
    public static byte[] bytes(Document document) {
        return render(document).bytes();
    }

    /** Renders a document and writes the file to {@code out}, which is left open. */
    public static void render(Document document, OutputStream out) {
        byte[] bytes = render(document).bytes();
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF of " + document.info().title() + " cannot be written", e);
        }
    }

    private static PDPage page(PDDocument pdf, COSDictionary font, PdfPage composed, MessageDigest digest)
            throws IOException {
        PDPage page = new PDPage(new PDRectangle(composed.width, composed.height));
        PDResources resources = new PDResources();
        COSDictionary fonts = new COSDictionary();
        fonts.setItem(PdfPage.FONT, font);
        resources.getCOSObject().setItem(COSName.FONT, fonts);
        for (int i = 0; i < composed.forms.size(); i++) {
            resources.put(COSName.getPDFName(PdfPage.formName(i)), composed.forms.get(i));
        }
        page.setResources(resources);
        PDStream stream = new PDStream(pdf);
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(composed.content.bytes(), 0, composed.content.size());
        }
        page.setContents(stream);
        pdf.addPage(page);
        digest.update(composed.content.bytes(), 0, composed.content.size());
        digest.update((byte) (composed.landscape ? 1 : 0));
        return page;
    }

    /** Writes the document information, the XMP metadata (PDF/A-2b) and the sRGB output intent. */
    private static void describe(PDDocument pdf, DocumentInfo info, MessageDigest digest) throws IOException {
        Calendar date = date(info);
        PDDocumentInformation information = pdf.getDocumentInformation();
        information.setTitle(info.title());
        information.setAuthor(info.unitName());
        information.setCreator(PRODUCER);
        information.setProducer(PRODUCER);
        information.setCreationDate(date);
        information.setModificationDate(date);

        byte[] xmp = xmp(info, date);
        PDMetadata metadata = new PDMetadata(pdf);
        metadata.importXMPMetadata(xmp);
        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        catalog.setMetadata(metadata);
        catalog.setLanguage(info.language());
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);

        PDOutputIntent intent = new PDOutputIntent(pdf, new ByteArrayInputStream(SRGB));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
        digest.update(xmp);
    }

    /**
     * Returns the XMP metadata packet: PDF/A-2b identification, and the title, author, language, dates and tools, the
     * same as in the document information dictionary.
     */
    private static byte[] xmp(DocumentInfo info, Calendar date) {
        String when = String.format(
                Locale.ROOT,
                "%04d-%02d-%02dT00:00:00+08:00",
                date.get(Calendar.YEAR),
                date.get(Calendar.MONTH) + 1,
                date.get(Calendar.DAY_OF_MONTH));
        String packet = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                + "<dc:format>application/pdf</dc:format>\n"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(info.title())
                + "</rdf:li></rdf:Alt></dc:title>\n"
                + "<dc:creator><rdf:Seq><rdf:li>" + escape(info.unitName()) + "</rdf:li></rdf:Seq></dc:creator>\n"
                + "<dc:language><rdf:Bag><rdf:li>" + escape(info.language()) + "</rdf:li></rdf:Bag></dc:language>\n"
                + "</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
                + "<xmp:CreatorTool>" + PRODUCER + "</xmp:CreatorTool>\n"
                + "<xmp:CreateDate>" + when + "</xmp:CreateDate>\n"
                + "<xmp:ModifyDate>" + when + "</xmp:ModifyDate>\n"
                + "</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
                + "<pdf:Producer>" + PRODUCER + "</pdf:Producer>\n"
                + "</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
                + "<pdfaid:part>2</pdfaid:part>\n"
                + "<pdfaid:conformance>B</pdfaid:conformance>\n"
                + "</rdf:Description>\n"
                + "</rdf:RDF>\n"
                + "</x:xmpmeta>\n"
                + "<?xpacket end=\"w\"?>";
        return packet.getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Returns the fixed date of the file: the publication date, or 1 January after the fiscal year. */
    private static Calendar date(DocumentInfo info) {
        LocalDate day = info.published().orElse(LocalDate.of(info.fiscalYear() + 1, 1, 1));
        GregorianCalendar calendar = new GregorianCalendar(CHINA, Locale.ROOT);
        calendar.clear();
        calendar.set(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth(), 0, 0, 0);
        return calendar;
    }

    private static void outline(PDDocument pdf, List<Composer.Bookmark> bookmarks, List<PDPage> pages) {
        PDDocumentOutline outline = new PDDocumentOutline();
        PDOutlineItem part = null;
        for (Composer.Bookmark bookmark : bookmarks) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(bookmark.title());
            PDPage page = pages.get(bookmark.page() - 1);
            PDPageXYZDestination destination = new PDPageXYZDestination();
            destination.setPage(page);
            destination.setTop(Math.round(page.getMediaBox().getHeight() - bookmark.top()));
            item.setDestination(destination);
            if (bookmark.level() == 0 || part == null) {
                outline.addLast(item);
                part = item;
            } else {
                part.addLast(item);
            }
        }
        pdf.getDocumentCatalog().setDocumentOutline(outline);
    }

    /** Sets the file identifier to a digest of the content, instead of one derived from the time. */
    private static void identify(PDDocument pdf, Document document, MessageDigest digest) {
        for (Part part : document.parts()) {
            for (Block block : part.blocks()) {
                if (block instanceof ChartBlock chart) {
                    digest.update(chart.toString().getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        byte[] id = Arrays.copyOf(digest.digest(), 16);
        COSArray array = new COSArray();
        array.add(new COSString(id));
        array.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, array);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
