package org.juesuan.audit.read.pdf;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The visible page as a reader sees it (页面坐标): its crop box, turned by the page's rotation, with the origin at the
 * top left and y downwards — the frame PDFBox places upright text in.
 *
 * @param left the crop box's left edge in PDF space
 * @param bottom the crop box's bottom edge in PDF space
 * @param cropWidth the crop box's width in PDF space
 * @param cropHeight the crop box's height in PDF space
 * @param rotation the page rotation: 0, 90, 180 or 270
 */
record PageFrame(float left, float bottom, float cropWidth, float cropHeight, int rotation) {

    static PageFrame of(PDPage page) {
        PDRectangle crop = page.getCropBox();
        int rotation = ((page.getRotation() % 360) + 360) % 360;
        if (rotation % 90 != 0) {
            rotation = 0;
        }
        return new PageFrame(crop.getLowerLeftX(), crop.getLowerLeftY(), crop.getWidth(), crop.getHeight(), rotation);
    }

    /** Returns the width of the page as shown. */
    float width() {
        return rotation == 90 || rotation == 270 ? cropHeight : cropWidth;
    }

    /** Returns the height of the page as shown. */
    float height() {
        return rotation == 90 || rotation == 270 ? cropWidth : cropHeight;
    }

    /** Returns the point of PDF space {@code (x, y)} as shown: {x, y} from the top left, y downwards. */
    float[] shown(float x, float y) {
        float u = x - left;
        float v = y - bottom;
        return switch (rotation) {
            case 90 -> new float[] {v, u};
            case 180 -> new float[] {cropWidth - u, v};
            case 270 -> new float[] {cropHeight - v, cropWidth - u};
            default -> new float[] {u, cropHeight - v};
        };
    }
}
