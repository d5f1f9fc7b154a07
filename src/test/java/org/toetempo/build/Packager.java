package org.toetempo.build;

import org.toetempo.ui.IconFiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Builds the installers ({@code ./mvnw -B -Pdist package}): the app's icon files from the SVG, a runtime trimmed
 * by jlink to the JDK modules jdeps finds, an app image by jpackage with JavaFX's native libraries beside the jar
 * (so nothing is unpacked into the user's home on first start), an ahead-of-time class cache made from a training
 * start of that image (JDK 24 and later), then the system's installers from that same image.
 *
 * <p>Build tooling, not product: it lives with the tests and runs on the build's class path. The same code runs
 * on Linux, Windows and macOS; only the installer types and their options differ.
 */
public final class Packager {

    private static final String NAME = "toetempo";
    private static final String TITLE = "Toe Tempo";
    private static final String DESCRIPTION = "Foot and toe strength routines, timed to a metronome or a song";
    private static final String MIME = "application/x-toetempo-routine";

    private final Path project;
    private final Path target;
    private final Path dist;
    private final Path jdk;
    private final String version;
    private final List<String> types;
    private final boolean windows = os().startsWith("windows");
    private final boolean mac = os().startsWith("mac");

    private Packager(Path project, Path target, Path jdk, String version, List<String> types) {
        this.project = project;
        this.target = target;
        this.dist = target.resolve("dist");
        this.jdk = jdk;
        this.version = version;
        this.types = types;
    }

    /** Arguments: project directory, target directory, JDK for jlink and jpackage, version, installer types ("default": the system's). */
    public static void main(String[] args) throws Exception {
        String types = args.length > 4 ? args[4] : "default";
        Packager packager = new Packager(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), args[3],
                types.equals("default") ? defaultTypes() : List.of(types.split(",")));
        packager.build();
        // The icon drawing started JavaFX, whose threads would keep this process alive.
        System.exit(0);
    }

    private void build() throws IOException, InterruptedException {
        if (javaFeature() < 24) {
            // Its jpackage's templates are what packaging/linux adapts, and only its AOT cache moves with the app.
            throw new IllegalStateException("the installers need a JDK 24 or later for jlink and jpackage (the app stays "
                    + "Java 17): set -Ddist.jdk=/path/to/jdk-25; " + jdk + " is JDK " + javaFeature());
        }
        long start = System.nanoTime();
        deleteTree(dist);
        Path icons = dist.resolve("icons");
        IconFiles.write(icons);
        Path input = input();
        List<String> jdeps = new ArrayList<>(List.of(tool("jdeps"), "--ignore-missing-deps", "--print-module-deps",
                "--multi-release", "17", input.resolve(NAME + ".jar").toString()));
        try (Stream<Path> jars = Files.list(input.resolve("lib"))) {
            jars.map(Path::toString).sorted().forEach(jdeps::add);
        }
        String modules = run(jdeps).strip();
        // jdeps sees imports, not service providers: the zip file system reads the built-in routines from the jar,
        // and dates and numbers in German need the locale data (only English is in java.base).
        modules += ",jdk.zipfs,jdk.localedata";
        log("JDK modules the app needs: " + modules);
        Path runtime = dist.resolve("runtime");
        List<String> jlink = new ArrayList<>(List.of(tool("jlink"), "--add-modules", modules, "--strip-debug",
                "--no-header-files", "--no-man-pages", "--compress", "zip-6", "--include-locales", "en,de",
                "--output", runtime.toString()));
        if (!windows && !mac && Files.isExecutable(Path.of("/usr/bin/objcopy"))) {
            jlink.add(1, "--strip-native-debug-symbols=objcopy=/usr/bin/objcopy");
        }
        run(jlink);
        Path images = dist.resolve("image");
        List<String> image = new ArrayList<>(List.of(tool("jpackage"), "--type", "app-image", "--dest", images.toString(),
                "--name", NAME, "--app-version", numericVersion(), "--input", input.toString(),
                "--main-jar", NAME + ".jar", "--main-class", "org.toetempo.Main", "--runtime-image", runtime.toString(),
                "--icon", icons.resolve(iconFile()).toString(), "--description", DESCRIPTION, "--vendor", "The Toe Tempo authors",
                "--copyright", "The Toe Tempo authors, MIT License"));
        // JavaFX loads its libraries itself; say so, or every start warns about a restricted method.
        image.addAll(List.of("--java-options", "--enable-native-access=ALL-UNNAMED"));
        // The optimising compiler (C2) spends the first second compiling JavaFX's CSS and layout, and on two cores
        // that is the FX thread's core: without it the window is drawn about 0.45 s sooner. The price, measured
        // (docs/benchmarks.md, issue 17): a new song's first analysis 2.0 s instead of 1.3 s, MP3 export +13 %.
        // C1 code gains nothing from the song warm-up, so it is left out too.
        image.addAll(List.of("--java-options", "-XX:TieredStopAtLevel=1", "--java-options", "-Dtoetempo.songWarmUp=false"));
        if (windows) {
            // The main launcher is a windowed program; this one prints to the console for the commands.
            image.addAll(List.of("--add-launcher", NAME + "-cli=" + project.resolve("packaging/windows/cli-launcher.properties")));
        }
        run(image);
        Path app = images.resolve(mac ? NAME + ".app" : NAME);
        train(app);
        for (String type : types) {
            installer(type, app, icons);
        }
        log(String.format(Locale.ROOT, "installers in %s (%.0f s)", dist, (System.nanoTime() - start) / 1e9));
    }

    /**
     * The jar without JavaFX's native libraries, which go beside it; the LGPL libraries' own jars in lib/; the
     * third-party notice.
     */
    private Path input() throws IOException {
        Path input = dist.resolve("input");
        Files.createDirectories(input);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(target.resolve(NAME + ".jar")));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(input.resolve(NAME + ".jar")))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName();
                boolean nativeLibrary = !name.contains("/") && (name.endsWith(".so") || name.endsWith(".dll")
                        || name.endsWith(".dylib"));
                if (nativeLibrary) {
                    Files.copy(in, input.resolve(name));
                } else {
                    out.putNextEntry(new ZipEntry(name));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
        }
        // The LGPL libraries, unmodified, where the jar's Class-Path looks for them: a user can replace them.
        Path lib = input.resolve("lib");
        Files.createDirectories(lib);
        try (Stream<Path> jars = Files.list(target.resolve("lib"))) {
            for (Path jar : jars.filter(p -> p.getFileName().toString().endsWith(".jar")).toList()) {
                Files.copy(jar, lib.resolve(jar.getFileName()));
            }
        }
        Files.copy(project.resolve("src/main/resources/org/toetempo/about/THIRD-PARTY.txt"), input.resolve("THIRD-PARTY.txt"));
        Files.copy(project.resolve("LICENSE"), input.resolve("LICENSE.txt"));
        if (!windows && !mac) {
            // The routine type's content rule, which jpackage's own MIME file cannot carry (see the file).
            Files.copy(project.resolve("packaging/linux/toetempo-routine.xml"), input.resolve("toetempo-routine.xml"));
        }
        return input;
    }

    /**
     * Starts the app image once as a first-time user (in a scratch home, under a virtual display on a Linux build
     * machine without one), which quits by itself, recording the classes it loads and links; the image's launcher
     * then maps that cache at every start. (JDK 17's class-data archives only work at the path they were made at,
     * which an installed app is not; JDK 24's AOT cache moves with the app.)
     */
    private void train(Path app) throws IOException, InterruptedException {
        Path appDir = mac ? app.resolve("Contents/app") : windows ? app.resolve("app") : app.resolve("lib/app");
        Path launcher = mac ? app.resolve("Contents/MacOS/" + NAME) : windows ? app.resolve(NAME + ".exe") : app.resolve("bin/" + NAME);
        Path cache = appDir.resolve(NAME + ".aot");
        Path home = Files.createTempDirectory(dist, "training-home");
        List<String> command = new ArrayList<>();
        if (!windows && !mac && System.getenv("DISPLAY") == null) {
            command.addAll(List.of("xvfb-run", "-a", "-s", "-screen 0 1280x800x24"));
        }
        command.add(launcher.toString());
        ProcessBuilder training = new ProcessBuilder(command).inheritIO();
        training.environment().put("TOETEMPO_HOME", home.toString());
        training.environment().put("JAVA_TOOL_OPTIONS", "-XX:AOTCacheOutput=" + cache + " -Dtoetempo.training=true"
                + " -Duser.home=" + home);
        Process process = training.start();
        if (!process.waitFor(180, TimeUnit.SECONDS) || process.exitValue() != 0 || !Files.isRegularFile(cache)) {
            process.destroyForcibly();
            log("the training start failed (exit " + (process.isAlive() ? "none" : process.exitValue()) + "): no AOT cache");
            Files.deleteIfExists(cache);
            return;
        }
        Path config = appDir.resolve(NAME + ".cfg");
        String cfg = Files.readString(config, StandardCharsets.UTF_8);
        // The cache sits beside the jar; a cache that no longer fits (another JDK) is ignored, never fatal.
        cfg = cfg.replace("[JavaOptions]\n", "[JavaOptions]\njava-options=-XX:AOTCache=$APPDIR/" + NAME + ".aot\n");
        Files.writeString(config, cfg, StandardCharsets.UTF_8);
        for (String launcherConfig : List.of(NAME + "-cli.cfg")) {
            Path extra = appDir.resolve(launcherConfig);
            if (Files.isRegularFile(extra)) {
                Files.writeString(extra, Files.readString(extra).replace("[JavaOptions]\n",
                        "[JavaOptions]\njava-options=-XX:AOTCache=$APPDIR/" + NAME + ".aot\n"));
            }
        }
        deleteTree(home);
        log("AOT cache: " + Files.size(cache) / 1_000_000 + " MB");
    }

    private void installer(String type, Path app, Path icons) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(tool("jpackage"), "--type", type, "--app-image", app.toString(),
                "--dest", dist.toString(), "--name", NAME, "--app-version", numericVersion(),
                "--description", DESCRIPTION, "--vendor", "The Toe Tempo authors",
                "--about-url", "https://github.com/toetempo/toetempo",
                "--license-file", project.resolve("src/main/resources/org/toetempo/about/THIRD-PARTY.txt").toString(),
                "--file-associations", associations(icons).toString()));
        switch (type) {
            case "deb", "rpm" -> command.addAll(List.of("--resource-dir", project.resolve("packaging/linux").toString(),
                    "--icon", icons.resolve("toetempo.png").toString(),
                    "--linux-shortcut", "--linux-menu-group", "Education;Sports;",
                    "--linux-app-category", type.equals("deb") ? "misc" : "Applications/Productivity",
                    "--linux-deb-maintainer", "toetempo@users.noreply.github.com", "--linux-rpm-license-type", "MIT"));
            case "msi", "exe" -> command.addAll(List.of("--icon", icons.resolve("toetempo.ico").toString(),
                    "--win-menu", "--win-menu-group", TITLE, "--win-shortcut", "--win-dir-chooser",
                    "--win-upgrade-uuid", "7d7c1f52-7a0e-4bf3-9a7c-2f5d0f6f4a11"));
            case "dmg", "pkg" -> command.addAll(List.of("--icon", icons.resolve("toetempo.icns").toString(),
                    "--mac-package-name", TITLE));
            default -> throw new IllegalArgumentException("unknown installer type " + type);
        }
        run(command);
    }

    /** The routine file type, registered with the desktop by the installer. */
    private Path associations(Path icons) throws IOException {
        Path file = dist.resolve("routine-association.properties");
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("mime-type", MIME);
        properties.put("extension", "toetempo.json");
        properties.put("description", "Toe Tempo routine");
        properties.put("icon", icons.resolve(iconFile()).toString().replace('\\', '/'));
        StringBuilder text = new StringBuilder();
        properties.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
        return file;
    }

    private String iconFile() {
        return windows ? "toetempo.ico" : mac ? "toetempo.icns" : "toetempo.png";
    }

    /** jpackage wants numbers only: 0.1.0-SNAPSHOT installs as 0.1.0. */
    private String numericVersion() {
        return version.replaceAll("[^0-9.].*$", "");
    }

    private String tool(String name) {
        return jdk.resolve("bin").resolve(windows ? name + ".exe" : name).toString();
    }

    private int javaFeature() throws IOException {
        Path release = jdk.resolve("release");
        for (String line : Files.readAllLines(release)) {
            if (line.startsWith("JAVA_VERSION=")) {
                String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                return Integer.parseInt(version.split("[.+-]")[0]);
            }
        }
        throw new IOException("no JAVA_VERSION in " + release);
    }

    private static List<String> defaultTypes() {
        String os = os();
        if (os.startsWith("windows")) {
            return List.of("msi");
        }
        if (os.startsWith("mac")) {
            return List.of("dmg");
        }
        return Files.isExecutable(Path.of("/usr/bin/rpmbuild")) ? List.of("deb", "rpm") : List.of("deb");
    }

    private static String os() {
        return System.getProperty("os.name").toLowerCase(Locale.ROOT);
    }

    private static String run(String... command) throws IOException, InterruptedException {
        return run(List.of(command));
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        log(String.join(" ", command));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // dpkg-deb's default, xz, takes minutes for the runtime on a small machine; gzip takes seconds and every
        // dpkg reads it. Set DPKG_DEB_COMPRESSOR_TYPE=xz for the smallest .deb.
        builder.environment().putIfAbsent("DPKG_DEB_COMPRESSOR_TYPE", "gzip");
        Process process = builder.start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (process.waitFor() != 0) {
            throw new IOException(command.get(0) + " failed (exit " + process.exitValue() + "):\n" + output);
        }
        return output;
    }

    private static void log(String line) {
        System.out.println("[dist] " + line);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
