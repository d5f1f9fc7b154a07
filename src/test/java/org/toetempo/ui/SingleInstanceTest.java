package org.toetempo.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class SingleInstanceTest {

    @TempDir
    Path home;

    private final ExecutorService listener = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        listener.shutdownNow();
    }

    @Test
    void aSecondStartHandsItsFilesToTheRunningOne() throws Exception {
        LinkedBlockingQueue<List<Path>> received = new LinkedBlockingQueue<>();
        Optional<SingleInstance> running = SingleInstance.claim(home, List.of(), listener, received::add);
        assertThat(running).isPresent();

        Path routine = home.resolve("from-physio.toetempo.json");
        assertThat(SingleInstance.handOff(home, List.of(routine))).isTrue();
        assertThat(received.poll(5, TimeUnit.SECONDS)).containsExactly(routine);

        // A start that races the running one does not become a second window, and its file still arrives.
        Path other = home.resolve("other.json");
        assertThat(SingleInstance.claim(home, List.of(other), listener, received::add)).isEmpty();
        assertThat(received.poll(5, TimeUnit.SECONDS)).containsExactly(other);
        running.get().close();
    }

    @Test
    void withNoAppRunningTheStartOpensItsOwnWindow() throws Exception {
        assertThat(SingleInstance.handOff(home, List.of(home.resolve("a.json")))).isFalse();
        // An address left by a crash: nobody listens there any more.
        Files.writeString(home.resolve("instance.port"), "1 deadbeef\n", StandardCharsets.UTF_8);
        assertThat(SingleInstance.handOff(home, List.of(home.resolve("a.json")))).isFalse();
        Optional<SingleInstance> claimed = SingleInstance.claim(home, List.of(), listener, files -> { });
        assertThat(claimed).isPresent();
        claimed.get().close();
        assertThat(home.resolve("instance.port")).doesNotExist();
    }

    @Test
    void aCallerWithoutTheSecretIsIgnored() throws Exception {
        LinkedBlockingQueue<List<Path>> received = new LinkedBlockingQueue<>();
        SingleInstance running = SingleInstance.claim(home, List.of(), listener, received::add).orElseThrow();
        String port = Files.readString(home.resolve("instance.port")).split(" ")[0];
        Files.writeString(home.resolve("instance.port"), port + " wrong\n", StandardCharsets.UTF_8);
        assertThat(SingleInstance.handOff(home, List.of(home.resolve("x.json")))).isFalse();
        assertThat(received.poll(300, TimeUnit.MILLISECONDS)).isNull();
        running.close();
    }

    @Test
    void routineFilesOnTheCommandLineOpenTheAppAndCommandsDoNot() {
        assertThat(App.opensFiles(new String[] {"/home/a/from-physio.toetempo.json"})).isTrue();
        assertThat(App.opensFiles(new String[] {"file:///home/a/My%20routine.json"})).isTrue();
        assertThat(App.opensFiles(new String[] {"list"})).isFalse();
        assertThat(App.opensFiles(new String[] {"validate", "x.json"})).isFalse();
        assertThat(App.opensFiles(new String[] {"--version"})).isFalse();
        assertThat(App.opensFiles(new String[0])).isFalse();
    }
}
