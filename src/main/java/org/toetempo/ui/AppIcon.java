package org.toetempo.ui;

import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.transform.Scale;
import javafx.stage.Stage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The app's own mark, drawn from its SVG source (src/main/resources/org/toetempo/icons/toetempo.svg) with JavaFX:
 * on the windows here, and as the installers' PNG, ICO and ICNS files at package time (IconFiles, in the build).
 * The SVG is kept to {@code <path>} elements with {@code fill}, {@code stroke}, {@code stroke-width} and
 * {@code stroke-linecap}, which is all this reads.
 */
final class AppIcon {

    /** The SVG's own size (its view box). */
    static final double SIZE = 512;
    private static final List<Integer> WINDOW_SIZES = List.of(16, 24, 32, 48, 64, 128, 256);
    private static final Pattern PATH = Pattern.compile("<path\\s([^>]*)/>", Pattern.DOTALL);

    private AppIcon() {
    }

    /** One shape of the mark. */
    record Shape(String d, String fill, String stroke, double strokeWidth, boolean roundCaps) {
    }

    static List<Shape> shapes() {
        String svg;
        try (InputStream in = AppIcon.class.getResourceAsStream("/org/toetempo/icons/toetempo.svg")) {
            svg = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Shape> shapes = new ArrayList<>();
        Matcher path = PATH.matcher(svg);
        while (path.find()) {
            String attributes = path.group(1);
            String width = attribute(attributes, "stroke-width");
            shapes.add(new Shape(attribute(attributes, "d"), attribute(attributes, "fill"), attribute(attributes, "stroke"),
                    width == null ? 0 : Double.parseDouble(width), "round".equals(attribute(attributes, "stroke-linecap"))));
        }
        return shapes;
    }

    /** The mark as a node, {@code size} pixels square. */
    static Group drawing(double size) {
        Group group = new Group();
        for (Shape shape : shapes()) {
            SVGPath path = new SVGPath();
            path.setContent(shape.d());
            path.setFill(paint(shape.fill()));
            if (shape.stroke() != null) {
                path.setStroke(paint(shape.stroke()));
                path.setStrokeWidth(shape.strokeWidth());
                path.setStrokeLineCap(shape.roundCaps() ? StrokeLineCap.ROUND : StrokeLineCap.BUTT);
            }
            group.getChildren().add(path);
        }
        group.getTransforms().add(new Scale(size / SIZE, size / SIZE, 0, 0));
        return group;
    }

    /** The mark as an image, {@code size} pixels square (on the FX thread). */
    static WritableImage image(int size) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        parameters.setViewport(new Rectangle2D(0, 0, size, size));
        return drawing(size).snapshot(parameters, null);
    }

    /** Gives the window the sizes a desktop picks from for the title bar, task bar and switcher. */
    static void addTo(Stage stage) {
        for (int size : WINDOW_SIZES) {
            stage.getIcons().add(image(size));
        }
    }

    private static Color paint(String svgColour) {
        return svgColour == null || svgColour.equals("none") ? null : Color.web(svgColour);
    }

    private static String attribute(String attributes, String name) {
        Matcher m = Pattern.compile("(?:^|\\s)" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(attributes);
        return m.find() ? m.group(1) : null;
    }
}
