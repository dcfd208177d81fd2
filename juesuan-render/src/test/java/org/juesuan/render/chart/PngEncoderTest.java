package org.juesuan.render.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The encoder is checked by decoding its output with ImageIO's and the JDK's own decoders. */
class PngEncoderTest {

    @Test
    void anyReaderDecodesExactlyThePixelsEncoded() throws IOException {
        // flat areas (long runs across rows), a gradient (no runs) and noise, in an odd size
        BufferedImage image = new BufferedImage(517, 203, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb;
                if (x < 200) {
                    rgb = y < 100 ? 0xFFFFFF : 0x2F5597;
                } else if (x < 400) {
                    rgb = (x * 7 + y * 3) & 0xFFFFFF;
                } else {
                    rgb = random.nextInt(4) == 0 ? random.nextInt(0x1000000) : 0x000000;
                }
                image.setRGB(x, y, rgb);
            }
        }
        // and a band of rows each equal to the row above (stored as zeros without being differenced)
        for (int y = 120; y < 140; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, 0x336699);
            }
        }
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(image)));
        assertThat(decoded.getWidth()).isEqualTo(517);
        assertThat(decoded.getHeight()).isEqualTo(203);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                assertThat(decoded.getRGB(x, y) & 0xFFFFFF)
                        .as("pixel %d,%d", x, y)
                        .isEqualTo(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
    }

    @Test
    void runsOfEveryLengthInflateToTheOriginal() throws DataFormatException {
        // runs of 1 to 600 bytes cover every deflate length code and the split of runs longer than 258
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        for (int run = 1; run <= 600; run++) {
            for (int i = 0; i < run; i++) {
                data.write(run);
            }
        }
        byte[] original = data.toByteArray();
        Inflater inflater = new Inflater();
        inflater.setInput(PngEncoder.zlib(original));
        byte[] inflated = new byte[original.length + 1];
        int length = inflater.inflate(inflated);
        assertThat(inflater.finished()).isTrue();
        inflater.end();
        assertThat(length).isEqualTo(original.length);
        assertThat(java.util.Arrays.copyOf(inflated, length)).isEqualTo(original);
    }

    @Test
    void onlyRgbImagesAreAccepted() {
        BufferedImage gray = new BufferedImage(2, 2, BufferedImage.TYPE_BYTE_GRAY);
        assertThatThrownBy(() -> PngEncoder.encode(gray)).isInstanceOf(IllegalArgumentException.class);
    }
}
