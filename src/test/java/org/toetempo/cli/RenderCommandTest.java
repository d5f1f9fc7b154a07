package org.toetempo.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toetempo.audio.EventSource;
import org.toetempo.audio.MixOptions;
import org.toetempo.audio.OfflineRender;
import org.toetempo.audio.Pcm;
import org.toetempo.audio.Renderer;
import org.toetempo.audio.SoundKit;
import org.toetempo.audio.VoiceBank;
import org.toetempo.files.AppPaths;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;
import org.toetempo.timing.PlayOptions;
import org.toetempo.timing.Schedule;
import org.toetempo.timing.Session;
import org.toetempo.timing.VirtualClock;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;

import static org.assertj.core.api.Assertions.assertThat;

class RenderCommandTest {

    @TempDir
    Path home;

    private record Outcome(int exit, String out, String err) {
    }

    private Outcome run(String... args) {
        RoutineReader reader = new RoutineReader(ExerciseLibrary.builtIn());
        AppPaths paths = new AppPaths(home);
        Supplier<RoutineLibrary> library = () -> RoutineLibrary.load(reader, paths.routines());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.commandLine(new RenderCommand(library, reader, paths), new PrintWriter(out), new PrintWriter(err))
                .execute(args);
        return new Outcome(exit, out.toString(), err.toString());
    }

    @Test
    void writesExactlyThePcmThePlayerPlaysAndTheCuesWithTheirFrames() throws Exception {
        Path wav = home.resolve("musical-toes.wav");
        Path csv = home.resolve("musical-toes.csv");

        Outcome result = run("musical-toes", "--out", wav.toString(), "--cues", csv.toString(), "--seconds", "30");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).startsWith(wav + ": 1440000 frames (30.000 s) at 48000 Hz, 16-bit stereo; ");
        AudioFileFormat file = AudioSystem.getAudioFileFormat(wav.toFile());
        AudioFormat format = file.getFormat();
        assertThat(file.getType()).isEqualTo(AudioFileFormat.Type.WAVE);
        assertThat(format.getSampleRate()).isEqualTo(48_000f);
        assertThat(format.getSampleSizeInBits()).isEqualTo(16);
        assertThat(format.getChannels()).isEqualTo(2);
        assertThat(format.isBigEndian()).isFalse();
        assertThat(file.getFrameLength()).isEqualTo(1_440_000);

        // The same session through the player's renderer gives the same bytes.
        VirtualClock clock = new VirtualClock();
        var routine = RoutineLibrary.load(new RoutineReader(ExerciseLibrary.builtIn()), null).find("musical-toes").orElseThrow();
        Session session = new Session(routine, PlayOptions.defaults(), clock);
        session.play();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        new OfflineRender(new Renderer(SoundKit.standard(), VoiceBank.builtIn(), MixOptions.defaults()),
                EventSource.of(session), clock, 777).renderUntil(1_440_000, (pcm, n, first) -> expected.write(pcm, 0, n * 4));
        byte[] written = Files.readAllBytes(wav);
        assertThat(Arrays.copyOfRange(written, 44, written.length)).isEqualTo(expected.toByteArray());

        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("frame,time_s,beat,type,exercise,side,set,rep,reps,phase,text");
        assertThat(lines).contains(
                "0,0.000000,0,count-in,,,0,0,0,,4",
                "384000,8.000000,8,phase,single-big-toe-raise,right,1,1,10,lift,up",
                "480000,10.000000,10,phase,single-big-toe-raise,right,1,1,10,lower,down");
        assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line.split(",", -1)).hasSize(11));
        Schedule schedule = Schedule.compile(routine, PlayOptions.defaults());
        long cuesIn30s = schedule.cues().stream().filter(c -> Pcm.frameOf(c.nanos()) < 1_440_000).count();
        assertThat(lines).hasSize((int) cuesIn30s + 1);
    }

    @Test
    void byDefaultTheWholeRoutineAndTwoSecondsMore() throws Exception {
        Path wav = home.resolve("fan.wav");
        Outcome result = run("toe-fan-routine", "--bpm", "72", "--out", wav.toString(), "--sound", "clicks");

        assertThat(result.exit()).as(result.err()).isZero();
        var routine = RoutineLibrary.load(new RoutineReader(ExerciseLibrary.builtIn()), null).find("toe-fan-routine").orElseThrow();
        long total = Schedule.compile(routine, PlayOptions.defaults().withBpm(72)).totalNanos();
        assertThat(AudioSystem.getAudioFileFormat(wav.toFile()).getFrameLength())
                .isEqualTo((int) (Pcm.frameOf(total) + 2 * 48_000));
    }

    @Test
    void clicksVoiceAndBothAreDifferentMixes() throws Exception {
        byte[][] outputs = new byte[3][];
        String[] modes = {"clicks", "voice", "BOTH"};
        for (int i = 0; i < 3; i++) {
            Path wav = home.resolve(modes[i] + ".wav");
            Outcome result = run("musical-toes", "--out", wav.toString(), "--seconds", "12", "--sound", modes[i],
                    "--click-volume", "0.5", "--voice-volume", "1");
            assertThat(result.exit()).as(result.err()).isZero();
            outputs[i] = Files.readAllBytes(wav);
        }
        assertThat(outputs[0]).isNotEqualTo(outputs[1]);
        assertThat(outputs[1]).isNotEqualTo(outputs[2]);
        assertThat(outputs[0]).isNotEqualTo(outputs[2]);
    }

    @Test
    void badInputExitsWithTwoAndSaysWhy() {
        String out = home.resolve("x.wav").toString();
        Outcome unknown = run("musical-toez", "--out", out);
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("toetempo: no routine 'musical-toez'. Known routines: arch-doming,");

        Outcome tooFast = run("musical-toes", "--bpm", "400", "--out", out);
        assertThat(tooFast.exit()).isEqualTo(2);
        assertThat(tooFast.err()).isEqualTo("toetempo: --bpm 400 is outside musical-toes's range 40–160 BPM\n");

        Outcome sound = run("musical-toes", "--out", out, "--sound", "drums");
        assertThat(sound.exit()).isEqualTo(2);
        assertThat(sound.err()).isEqualTo("toetempo: --sound must be clicks, voice or both, not 'drums'\n");

        Outcome seconds = run("musical-toes", "--out", out, "--seconds", "0");
        assertThat(seconds.exit()).isEqualTo(2);
        assertThat(seconds.err()).isEqualTo("toetempo: --seconds must be more than 0 and at most 10800, not 0\n");

        Outcome volume = run("musical-toes", "--out", out, "--click-volume", "2");
        assertThat(volume.exit()).isEqualTo(2);
        assertThat(volume.err()).isEqualTo("toetempo: volumes go from 0 to 1, not 2\n");

        Outcome stage = run("musical-toes", "--out", out, "--stage", "b");
        assertThat(stage.exit()).isEqualTo(2);
        assertThat(stage.err()).contains("has no stage 'b'");

        Outcome noOut = run("musical-toes");
        assertThat(noOut.exit()).isEqualTo(2);
        assertThat(noOut.err()).contains("Missing required option: '--out=FILE.wav'");

        Path nowhere = home.resolve("no/such/folder/x.wav");
        Outcome unwritable = run("musical-toes", "--out", nowhere.toString(), "--seconds", "1");
        assertThat(unwritable.exit()).isEqualTo(2);
        assertThat(unwritable.err()).isEqualTo("toetempo: cannot write " + nowhere + "\n");

        Outcome missingFile = run(home.resolve("nope.json").toString(), "--out", out);
        assertThat(missingFile.exit()).isEqualTo(2);
        assertThat(missingFile.err()).contains("no such file");
        assertThat(Files.exists(home.resolve("x.wav"))).isFalse();
    }

    @Test
    void csvFieldsAreQuotedOnlyWhenNeeded() {
        assertThat(RenderCommand.csv("up")).isEqualTo("up");
        assertThat(RenderCommand.csv("Rest 30 s, then go")).isEqualTo("\"Rest 30 s, then go\"");
        assertThat(RenderCommand.csv("say \"up\"")).isEqualTo("\"say \"\"up\"\"\"");
        assertThat(RenderCommand.csv(null)).isEmpty();
    }

    @Test
    void helpDescribesTheOptions() {
        Outcome help = run("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--out=FILE.wav", "--cues=FILE.csv", "--seconds=S", "--sound=clicks|voice|both",
                "frame,time_s,beat,type,exercise,side,set,rep,reps,phase,text");
    }
}
