package org.toetempo.about;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class BuildInfoTest {

    @Test
    void theVersionIsTheBuildsOwn() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher version = Pattern.compile("<artifactId>toetempo</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertThat(version.find()).isTrue();
        assertThat(BuildInfo.version()).isEqualTo(version.group(1));
        assertThat(BuildInfo.nameAndVersion()).isEqualTo("Toe Tempo " + version.group(1));
    }

    /** Whoever adds a library to the product (a decoder, say) must name it and its licence in the notice. */
    @Test
    void everyLibraryTheProductShipsIsInTheThirdPartyNotice() throws Exception {
        String notice = BuildInfo.thirdPartyNotice();
        List<String> missing = new ArrayList<>();
        for (String artifact : shippedArtifacts(Files.readString(Path.of("pom.xml")))) {
            if (!notice.contains(artifact)) {
                missing.add(artifact);
            }
        }
        assertThat(missing).as("add these to src/main/resources/org/toetempo/about/THIRD-PARTY.txt").isEmpty();
        assertThat(notice).contains("GNU General Public License, version 2, with the Classpath Exception");
    }

    @Test
    void aLibraryLeftOutOfTheNoticeIsFound() {
        String pom = "<dependencies><dependency><groupId>org.example</groupId><artifactId>opus-decoder</artifactId>"
                + "<version>1.5.2</version></dependency><dependency><groupId>x</groupId><artifactId>only-tests</artifactId>"
                + "<scope>test</scope></dependency></dependencies>";
        assertThat(shippedArtifacts(pom)).containsExactly("opus-decoder");
        assertThat(BuildInfo.thirdPartyNotice()).doesNotContain("opus-decoder");
    }

    /** The artifact ids of the pom's dependencies that are not test-only. */
    static List<String> shippedArtifacts(String pom) {
        List<String> artifacts = new ArrayList<>();
        String dependencies = pom.substring(pom.indexOf("<dependencies>"), pom.indexOf("</dependencies>"));
        Matcher dependency = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL).matcher(dependencies);
        while (dependency.find()) {
            String body = dependency.group(1);
            if (body.contains("<scope>test</scope>") || body.contains("<scope>provided</scope>")) {
                continue;
            }
            Matcher artifact = Pattern.compile("<artifactId>([^<]+)</artifactId>").matcher(body);
            if (artifact.find()) {
                artifacts.add(artifact.group(1));
            }
        }
        return artifacts;
    }
}
