package org.toetempo.ui;

import javafx.application.Platform;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.paint.Paint;
import org.toetempo.figure.FigureDrawing;
import org.toetempo.figure.Moment;
import org.toetempo.figure.Palette;
import org.toetempo.figure.Poses;
import org.toetempo.routine.Phase;
import org.toetempo.ui.controls.FigurePainter;
import org.toetempo.ui.controls.Offscreen;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A contact sheet of the foot figure: for each exercise, its start position and the start, middle and end of every
 * phase, labelled, drawn by the player's own figure painter, in one PNG.
 */
public final class PoseSheet {

    /** One exercise to draw, at a level and on a side, with its row's heading. */
    public record Entry(String heading, Moment moment) {
    }

    private static final int FRAME_W = 400;
    private static final int FRAME_H = 360;
    private static final int LABEL_H = 22;
    private static final int HEADING_H = 34;
    private static final int COLUMNS = 10;
    private static final int GAP = 8;

    private PoseSheet() {
    }

    /** Draws the sheet offscreen and writes it as a PNG. */
    public static void render(List<Entry> entries, Path out) throws IOException {
        Offscreen.startToolkit();
        CompletableFuture<List<List<BufferedImage>>> frames = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                frames.complete(drawFrames(entries));
            } catch (RuntimeException e) {
                frames.completeExceptionally(e);
            }
        });
        try {
            BufferedImage sheet = compose(entries, frames.get(300, TimeUnit.SECONDS));
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            if (!ImageIO.write(sheet, "png", out.toFile())) {
                throw new IOException("no PNG writer available");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while drawing", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("could not draw the poses: " + e.getCause(), e);
        } finally {
            Platform.exit();
        }
    }

    /** The moments of a row: the start position, then each phase's start, middle and end. */
    static List<Moment> moments(Moment base) {
        List<Moment> out = new ArrayList<>();
        out.add(base.at(-1, 0));
        for (int i = 0; i < base.phases().size(); i++) {
            out.add(base.at(i, 0));
            out.add(base.at(i, 0.5));
            out.add(base.at(i, 1));
        }
        return out;
    }

    static String label(Moment m) {
        if (m.phaseIndex() < 0) {
            return "start position";
        }
        Phase phase = m.phases().get(m.phaseIndex());
        String where = m.progress() == 0 ? "start" : m.progress() == 1 ? "end" : "middle";
        String part = phase.part() == null ? "" : " " + phase.part().json();
        return (m.phaseIndex() + 1) + ". " + phase.action().json() + part + " · " + where;
    }

    private static List<List<BufferedImage>> drawFrames(List<Entry> entries) {
        Canvas canvas = new Canvas(FRAME_W, FRAME_H);
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Paint.valueOf("white"));
        List<List<BufferedImage>> out = new ArrayList<>();
        for (Entry entry : entries) {
            List<BufferedImage> row = new ArrayList<>();
            for (Moment m : moments(entry.moment())) {
                canvas.getGraphicsContext2D().clearRect(0, 0, FRAME_W, FRAME_H);
                FigurePainter.paint(canvas.getGraphicsContext2D(), FigureDrawing.draw(Poses.at(m), FRAME_W, FRAME_H),
                        Palette.LIGHT);
                row.add(Offscreen.toBufferedImage(canvas.snapshot(parameters, null), BufferedImage.TYPE_INT_RGB));
            }
            out.add(row);
        }
        return out;
    }

    private static BufferedImage compose(List<Entry> entries, List<List<BufferedImage>> frames) {
        int width = COLUMNS * (FRAME_W + GAP) + GAP;
        int height = GAP;
        for (List<BufferedImage> row : frames) {
            int lines = (row.size() + COLUMNS - 1) / COLUMNS;
            height += HEADING_H + lines * (FRAME_H + LABEL_H + GAP);
        }
        BufferedImage sheet = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        int y = GAP;
        for (int e = 0; e < entries.size(); e++) {
            g.setColor(new Color(0x21, 0x25, 0x29));
            g.setFont(new Font("DejaVu Sans", Font.BOLD, 20));
            g.drawString(entries.get(e).heading(), GAP, y + 24);
            y += HEADING_H;
            List<BufferedImage> row = frames.get(e);
            List<Moment> moments = moments(entries.get(e).moment());
            for (int i = 0; i < row.size(); i++) {
                int col = i % COLUMNS;
                if (i > 0 && col == 0) {
                    y += FRAME_H + LABEL_H + GAP;
                }
                int x = GAP + col * (FRAME_W + GAP);
                g.drawImage(row.get(i), x, y, null);
                g.setColor(new Color(0xde, 0xe2, 0xe6));
                g.drawRect(x, y, FRAME_W - 1, FRAME_H - 1);
                g.setColor(new Color(0x49, 0x50, 0x57));
                g.setFont(new Font("DejaVu Sans", Font.PLAIN, 15));
                g.drawString(label(moments.get(i)), x + 4, y + FRAME_H + 17);
            }
            y += FRAME_H + LABEL_H + GAP;
        }
        g.dispose();
        return sheet;
    }
}
