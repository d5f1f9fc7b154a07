package org.toetempo.ui;

import javafx.application.Platform;
import org.toetempo.ui.controls.Offscreen;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The installers' icon files, drawn from the SVG source by {@link AppIcon} (so no SVG tool is needed on any of the
 * three systems): PNGs in every size a Linux desktop uses, a Windows ICO and a macOS ICNS, each holding PNG images.
 */
public final class IconFiles {

    static final List<Integer> PNG_SIZES = List.of(16, 24, 32, 48, 64, 128, 256, 512);
    private static final List<Integer> ICO_SIZES = List.of(16, 24, 32, 48, 64, 128, 256);
    private static final Map<String, Integer> ICNS_TYPES = icnsTypes();

    private IconFiles() {
    }

    /** Writes toetempo-SIZE.png for each size, toetempo.png (512), toetempo.ico and toetempo.icns into {@code dir}. */
    public static void write(Path dir) throws IOException {
        Offscreen.startToolkit();
        Files.createDirectories(dir);
        Map<Integer, byte[]> pngs = new LinkedHashMap<>();
        for (int size : List.of(16, 24, 32, 48, 64, 128, 256, 512, 1024)) {
            pngs.put(size, png(size));
        }
        for (int size : PNG_SIZES) {
            Files.write(dir.resolve("toetempo-" + size + ".png"), pngs.get(size));
        }
        Files.write(dir.resolve("toetempo.png"), pngs.get(512));
        Files.write(dir.resolve("toetempo.ico"), ico(pngs));
        Files.write(dir.resolve("toetempo.icns"), icns(pngs));
    }

    static byte[] png(int size) {
        CompletableFuture<BufferedImage> drawn = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                drawn.complete(Offscreen.toBufferedImage(AppIcon.image(size), BufferedImage.TYPE_INT_ARGB));
            } catch (RuntimeException e) {
                drawn.completeExceptionally(e);
            }
        });
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(drawn.get(30, TimeUnit.SECONDS), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("could not draw the icon at " + size + " px", e);
        }
    }

    /** ICO: a directory of images, each stored as PNG (Windows Vista and later read these). */
    static byte[] ico(Map<Integer, byte[]> pngs) {
        int count = ICO_SIZES.size();
        int offset = 6 + 16 * count;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer header = ByteBuffer.allocate(offset).order(ByteOrder.LITTLE_ENDIAN);
        header.putShort((short) 0).putShort((short) 1).putShort((short) count);
        for (int size : ICO_SIZES) {
            byte[] png = pngs.get(size);
            header.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size)).put((byte) 0).put((byte) 0);
            header.putShort((short) 1).putShort((short) 32).putInt(png.length).putInt(offset);
            offset += png.length;
        }
        out.writeBytes(header.array());
        ICO_SIZES.forEach(size -> out.writeBytes(pngs.get(size)));
        return out.toByteArray();
    }

    /** ICNS: "icns", the total length, then typed PNG entries (big-endian lengths). */
    static byte[] icns(Map<Integer, byte[]> pngs) {
        ByteArrayOutputStream entries = new ByteArrayOutputStream();
        ICNS_TYPES.forEach((type, size) -> {
            byte[] png = pngs.get(size);
            entries.writeBytes(type.getBytes(StandardCharsets.US_ASCII));
            entries.writeBytes(ByteBuffer.allocate(4).putInt(8 + png.length).array());
            entries.writeBytes(png);
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("icns".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(ByteBuffer.allocate(4).putInt(8 + entries.size()).array());
        out.writeBytes(entries.toByteArray());
        return out.toByteArray();
    }

    private static Map<String, Integer> icnsTypes() {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("icp6", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        types.put("ic10", 1024);
        return types;
    }
}
