package org.toetempo;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.toetempo.architecture.fixture.core.UsesTheUi;
import org.toetempo.architecture.fixture.cycle.a.PointsToB;
import org.toetempo.architecture.fixture.parallel.SumsOnTheCommonPool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.BaseStream;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rooms of the code base and what each may touch (docs/architecture.md): no package depends on itself through
 * others, the core runs without JavaFX and never reaches the UI, directly or through another class. Each rule is
 * also run against a small fixture that breaks it (in test scope, under {@code org.toetempo.architecture.fixture}),
 * so a rule that silently matches nothing would fail here.
 */
class ArchitectureTest {

    /** Every package that must run headless: everything but the UI and the two commands that draw with it. */
    static final String[] CORE_PACKAGES = {
            "org.toetempo.routine..", "org.toetempo.settings..", "org.toetempo.files..", "org.toetempo.timing..",
            "org.toetempo.audio..", "org.toetempo.history..", "org.toetempo.progress..", "org.toetempo.editor..",
            "org.toetempo.song..", "org.toetempo.handout..", "org.toetempo.figure..", "org.toetempo.about..",
            "org.toetempo.media..", "org.toetempo.text.."};

    /** The commands that draw the player or the handout's figures offscreen, and so need the toolkit. */
    static final String[] COMMANDS_THAT_DRAW = {"SnapshotCommand", "HandoutCommand"};

    /** Imported once for all the rules (importing is the slow part). */
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("org.toetempo");

    /** Only the fixtures: what they use (org.toetempo.ui.Theme) is seen by name, which is all the rules need. */
    private static final JavaClasses FIXTURES = new ClassFileImporter()
            .importPackages("org.toetempo.architecture.fixture");

    static ArchRule noPackageCycles(String root) {
        return slices().matching(root + ".(**)").should().beFreeOfCycles();
    }

    static ArchRule coreStaysOffTheUiAndJavaFx(String... corePackages) {
        return noClasses().that().resideInAnyPackage(corePackages)
                .should().transitivelyDependOnClassesThat().resideInAnyPackage("javafx..", "org.toetempo.ui..")
                .because("the core runs headless (the CLI, the tests, the offline renderer) and the UI is built on it");
    }

    /**
     * The command line without the two commands that draw: picocli's Cli names every subcommand, so the path
     * Cli -> SnapshotCommand -> ui is real but only taken when a user asks for a snapshot. Leaving the two classes
     * out of the import cuts exactly those paths, and any other way into the toolkit still fails the rule.
     */
    private static final JavaClasses CLI_WITHOUT_DRAWING = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .withImportOption(location -> !location.contains("/org/toetempo/ui/") && Arrays.stream(COMMANDS_THAT_DRAW)
                    .noneMatch(command -> location.contains("/cli/" + command)))
            .importPackages("org.toetempo");

    static final ArchRule CLI_HEADLESS = noClasses()
            .that().resideInAPackage("org.toetempo.cli..")
            .should().transitivelyDependOnClassesThat().resideInAnyPackage("javafx..", "org.toetempo.ui..")
            .because("validate, list, schedule, render and the others run on a machine without a display");

    static final ArchRule ROUTINE_MODEL_KNOWS_NO_APP = noClasses()
            .that().resideInAPackage("org.toetempo.routine..")
            .should().dependOnClassesThat().resideInAnyPackage("org.toetempo.ui..", "org.toetempo.cli..",
                    "org.toetempo.editor..", "org.toetempo.history..", "org.toetempo.progress..", "org.toetempo.media..")
            .because("the routine model is shared by every room, not the other way round");

    static final ArchRule PROBE_IS_NOT_IN_THE_PRODUCT = noClasses()
            .should().haveSimpleName("Probe")
            .because("benchmark code lives in test scope");

    /** {@code BaseStream.parallel} or {@code Collection.parallelStream}, whatever stream or collection type names it. */
    private static final DescribedPredicate<JavaMethodCall> GOES_PARALLEL = DescribedPredicate.describe(
            "BaseStream.parallel or Collection.parallelStream",
            call -> call.getTarget().getName().equals("parallel") && call.getTargetOwner().isAssignableTo(BaseStream.class)
                    || call.getTarget().getName().equals("parallelStream")
                    && call.getTargetOwner().isAssignableTo(Collection.class));

    static final ArchRule NO_PARALLEL_STREAMS = noClasses()
            .should().callMethodWhere(GOES_PARALLEL)
            .because("parallel streams run on the common ForkJoinPool; the app's threads come from executors"
                    + " ui.App creates (docs/architecture.md, One composition root)");

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        noPackageCycles("org.toetempo").check(PRODUCTION);
    }

    @Test
    void theCoreNeverReachesJavaFxOrTheUi() {
        coreStaysOffTheUiAndJavaFx(CORE_PACKAGES).check(PRODUCTION);
    }

    @Test
    void theCommandLineIsHeadlessButForTheTwoCommandsThatDraw() {
        assertThat(CLI_WITHOUT_DRAWING.contain("org.toetempo.cli.SnapshotCommand")).isFalse();
        assertThat(CLI_WITHOUT_DRAWING.contain("org.toetempo.cli.RenderCommand")).isTrue();
        CLI_HEADLESS.check(CLI_WITHOUT_DRAWING);
    }

    @Test
    void theRoutineModelKnowsNothingAboveIt() {
        ROUTINE_MODEL_KNOWS_NO_APP.check(PRODUCTION);
    }

    @Test
    void noBenchmarkCodeShips() {
        PROBE_IS_NOT_IN_THE_PRODUCT.check(PRODUCTION);
    }

    @Test
    void noProductionCodeRunsStreamsOnTheCommonPool() {
        NO_PARALLEL_STREAMS.check(PRODUCTION);
    }

    @Test
    void theRulesSeeTheProductionClassesAndNoTests() {
        assertThat(PRODUCTION.contain("org.toetempo.routine.RoutineReader")).isTrue();
        assertThat(PRODUCTION.contain("org.toetempo.cli.Cli")).isTrue();
        assertThat(PRODUCTION.contain("org.toetempo.files.AppPaths")).isTrue();
        assertThat(PRODUCTION.contain("org.toetempo.ArchitectureTest")).isFalse();
        for (String room : CORE_PACKAGES) {
            String name = room.substring(0, room.length() - 2);
            assertThat(PRODUCTION.stream().anyMatch(c -> c.getPackageName().startsWith(name)))
                    .as("the core package %s exists", name).isTrue();
        }
    }

    @Test
    void aPackageCycleIsCaught() {
        assertThat(FIXTURES.contain(PointsToB.class.getName())).isTrue();
        assertThatThrownBy(() -> noPackageCycles("org.toetempo.architecture.fixture.cycle").check(FIXTURES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected");
    }

    @Test
    void aCoreClassReachingTheUiThroughAnotherIsCaught() {
        // UsesTheUi never names the UI; the helper it calls (outside the checked package) does: only a transitive rule sees it.
        assertThat(FIXTURES.contain(UsesTheUi.class.getName())).isTrue();
        assertThatThrownBy(() -> coreStaysOffTheUiAndJavaFx("org.toetempo.architecture.fixture.core..").check(FIXTURES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(UsesTheUi.class.getName());
    }

    @Test
    void aParallelStreamIsCaughtBothWays() {
        assertThat(FIXTURES.contain(SumsOnTheCommonPool.class.getName())).isTrue();
        assertThatThrownBy(() -> NO_PARALLEL_STREAMS.check(FIXTURES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("IntStream.parallel()")
                .hasMessageContaining("List.parallelStream()")
                .hasMessageContaining("(2 times)");
    }

    /** Issue 12 split the classes over 500 lines; a class that grows past it again is split before it lands. */
    @Test
    void noSourceFileOfTheProductIsLongerThanFiveHundredLines() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<String> tooLong = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> lines(f) > 500).map(f -> f + " (" + lines(f) + " lines)").toList();
            assertThat(tooLong).as("source files over 500 lines").isEmpty();
        }
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
