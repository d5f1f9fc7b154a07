package org.toetempo;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Layering: the model, settings and command line stay free of JavaFX (so they run headless and are testable
 * without a toolkit), and the routine model knows nothing of the UI or the command line.
 */
@AnalyzeClasses(packages = "org.toetempo", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Packages that must never touch JavaFX; history is planned and covered once it exists. */
    static final String[] HEADLESS_PACKAGES = {
            "org.toetempo.routine..", "org.toetempo.settings..", "org.toetempo.cli..",
            "org.toetempo.timing..", "org.toetempo.audio..", "org.toetempo.history..", "org.toetempo.editor..", "org.toetempo.song..", "org.toetempo.about.."};

    @ArchTest
    static final ArchRule headlessPackagesDoNotUseJavaFx = noClasses()
            .that().resideInAnyPackage(HEADLESS_PACKAGES)
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .allowEmptyShould(true)
            .because("the model, settings, timing, audio, history, editor and CLI must run without a JavaFX toolkit");

    @ArchTest
    static final ArchRule routineModelDoesNotKnowTheUiOrTheCli = noClasses()
            .that().resideInAPackage("org.toetempo.routine..")
            .should().dependOnClassesThat().resideInAnyPackage("org.toetempo.ui..", "org.toetempo.cli..")
            .because("the routine model is shared by the UI and the CLI, not the other way round");

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("org.toetempo");

    @Test
    void theRulesSeeTheProductionClassesAndNoTests() {
        assertThat(PRODUCTION.contain("org.toetempo.routine.RoutineReader")).isTrue();
        assertThat(PRODUCTION.contain("org.toetempo.cli.Cli")).isTrue();
        assertThat(PRODUCTION.contain("org.toetempo.settings.AppPaths")).isTrue();
        assertThat(PRODUCTION.contain("org.toetempo.ArchitectureTest")).isFalse();
    }

    @Test
    void theJavaFxRuleWouldCatchAViolation() {
        // The UI uses JavaFX, so the same rule aimed at it must fail: the rule is not vacuous.
        ArchRule sameRuleOnTheUi = noClasses()
                .that().resideInAnyPackage("org.toetempo.ui..")
                .should().dependOnClassesThat().resideInAPackage("javafx..");

        assertThatThrownBy(() -> sameRuleOnTheUi.check(PRODUCTION))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("javafx.");
    }

    @Test
    void theLayerRuleWouldCatchAViolation() {
        // Main launches both the UI and the CLI, so the same rule aimed at it must fail.
        ArchRule sameRuleOnMain = noClasses()
                .that().haveFullyQualifiedName("org.toetempo.Main")
                .should().dependOnClassesThat().resideInAnyPackage("org.toetempo.ui..", "org.toetempo.cli..");

        assertThatThrownBy(() -> sameRuleOnMain.check(PRODUCTION))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("org.toetempo.ui.App")
                .hasMessageContaining("org.toetempo.cli.Cli");
    }
}
