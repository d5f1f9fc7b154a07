package org.toetempo.editor;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toetempo.routine.Clip;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineReader;
import org.toetempo.routine.RoutineWriter;
import org.toetempo.files.AppPaths;
import org.toetempo.media.ClipStore;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class RoutineBundleTest {

    @TempDir
    Path temp;

    private Path sender;
    private Path receiver;
    private byte[] video;
    private String clipName;
    private Routine routine;

    @BeforeEach
    void setUp() throws Exception {
        sender = Files.createDirectories(temp.resolve("physio"));
        receiver = Files.createDirectories(temp.resolve("patient"));
        video = Files.readAllBytes(Path.of(getClass().getResource("/clips/rep-demo.mp4").toURI()));
        Path copy = temp.resolve("my clip.mp4");
        Files.write(copy, video);
        clipName = new UserRoutines(new AppPaths(sender), ExerciseLibrary.builtIn()).clips().add(copy).file();
        String json = Files.readString(Path.of(getClass().getResource("/clips/press-and-hold.json").toURI()))
                .replace("CLIP", clipName);
        routine = new RoutineReader(ExerciseLibrary.builtIn()).read("press.json", json.getBytes(StandardCharsets.UTF_8)).routine();
        assertThat(routine).isNotNull();
    }

    private UserRoutines patient() {
        return new UserRoutines(new AppPaths(receiver), ExerciseLibrary.builtIn());
    }

    private List<Path> writtenForThePatient() throws IOException {
        try (Stream<Path> files = Files.walk(receiver)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void aBundleCarriesTheRoutineAndItsVideoToAnotherComputer() throws Exception {
        Path bundle = temp.resolve("press" + RoutineBundle.EXTENSION);
        RoutineBundle.write(routine, new UserRoutines(new AppPaths(sender), ExerciseLibrary.builtIn()).clips(), bundle);

        UserRoutines patient = patient();
        ImportCheck check = patient.checkImport(bundle);
        assertThat(check.problems()).isEmpty();
        SaveResult result = patient.importRoutine(check, new ImportDecision.AsIs());

        assertThat(result.ok()).as(String.valueOf(result.problems())).isTrue();
        assertThat(patient.clips().find(clipName)).isPresent();
        assertThat(Files.readAllBytes(patient.clips().find(clipName).orElseThrow())).isEqualTo(video);
        Routine imported = patient.library().find("press-and-hold").orElseThrow();
        assertThat(imported.exercise("toe-press").clip()).isEqualTo(new Clip(clipName, 1.0, 3.0));
        // A plain routine file still imports as before.
        Path plain = temp.resolve("plain.json");
        Files.writeString(plain, RoutineWriter.standalone().write(routine).replace("press-and-hold", "press-two"));
        assertThat(patient.importRoutine(patient.checkImport(plain), new ImportDecision.AsIs()).ok()).isTrue();
    }

    @Test
    void aPlainRoutineFileNamingVideosThisComputerLacksIsRefused() throws Exception {
        Path plain = temp.resolve("plain.json");
        Files.writeString(plain, RoutineWriter.standalone().write(routine));
        UserRoutines patient = patient();
        SaveResult result = patient.importRoutine(patient.checkImport(plain), new ImportDecision.AsIs());
        assertThat(result.ok()).isFalse();
        assertThat(result.problems().get(0).message()).contains("import the bundle (.toetempo)");
        assertThat(writtenForThePatient()).isEmpty();
    }

    @Test
    void anUnsavedDraftKeepsItsClipsSoTheyAreNotTidiedAway() throws Exception {
        UserRoutines physio = new UserRoutines(new AppPaths(sender), ExerciseLibrary.builtIn());
        EditableRoutine editing = physio.duplicate(routine);
        editing.execute(StepEdits.setStepReps(0, 0, 5));
        assertThat(physio.drafts().autosave(editing)).isTrue();

        DraftStore.Draft draft = physio.drafts().pending().get(0);

        assertThat(draft.routine().exercise("toe-press").clip()).isEqualTo(new Clip(clipName, 1.0, 3.0));
        assertThat(ClipStore.clipsOf(draft.routine())).contains(clipName);
    }

    // ------------------------------------------------------------------ hostile bundles, made here

    /** An entry of a ZIP written byte by byte, so that its directory can lie. */
    record Raw(String name, byte[] data, boolean deflate, Long declaredSize, boolean symlink) {
        static Raw of(String name, byte[] data) {
            return new Raw(name, data, false, null, false);
        }
    }

    private static Path zip(Path file, Raw... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream directory = new ByteArrayOutputStream();
        for (Raw e : entries) {
            byte[] name = e.name().getBytes(StandardCharsets.UTF_8);
            byte[] body = e.data();
            if (e.deflate()) {
                Deflater deflater = new Deflater(9, true);
                deflater.setInput(e.data());
                deflater.finish();
                byte[] buffer = new byte[e.data().length + 1024];
                int n = deflater.deflate(buffer);
                body = Arrays.copyOf(buffer, n);
            }
            CRC32 crc = new CRC32();
            crc.update(e.data());
            long size = e.declaredSize() != null ? e.declaredSize() : e.data().length;
            int offset = out.size();
            ByteBuffer local = ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN);
            local.putInt(0x04034b50).putShort((short) 20).putShort((short) 0).putShort((short) (e.deflate() ? 8 : 0))
                    .putShort((short) 0).putShort((short) 0).putInt((int) crc.getValue()).putInt(body.length)
                    .putInt((int) size).putShort((short) name.length).putShort((short) 0);
            out.write(local.array());
            out.write(name);
            out.write(body);
            ByteBuffer central = ByteBuffer.allocate(46).order(ByteOrder.LITTLE_ENDIAN);
            central.putInt(0x02014b50).putShort((short) (3 << 8 | 20)).putShort((short) 20).putShort((short) 0)
                    .putShort((short) (e.deflate() ? 8 : 0)).putShort((short) 0).putShort((short) 0)
                    .putInt((int) crc.getValue()).putInt(body.length).putInt((int) size).putShort((short) name.length)
                    .putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                    .putInt((e.symlink() ? 0120777 : 0100644) << 16).putInt(offset);
            directory.write(central.array());
            directory.write(name);
        }
        int cdOffset = out.size();
        out.write(directory.toByteArray());
        ByteBuffer end = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
        end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) entries.length)
                .putShort((short) entries.length).putInt(directory.size()).putInt(cdOffset).putShort((short) 0);
        out.write(end.array());
        Files.write(file, out.toByteArray());
        return file;
    }

    private byte[] routineJson() {
        return RoutineWriter.standalone().write(routine).getBytes(StandardCharsets.UTF_8);
    }

    private static String sha(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }

    /** Imported as a user would (check, then import): refused with a sentence, and nothing written. */
    private String refusal(Path bundle) throws IOException {
        UserRoutines patient = patient();
        ImportCheck check = patient.checkImport(bundle);
        String why;
        if (!check.ok()) {
            why = check.problems().get(0).message();
        } else {
            SaveResult result = patient.importRoutine(check, new ImportDecision.AsIs());
            assertThat(result.ok()).as("%s must be refused", bundle.getFileName()).isFalse();
            why = result.problems().get(0).message();
        }
        assertThat(writtenForThePatient()).as("nothing written for %s", bundle.getFileName()).isEmpty();
        try (Stream<Path> left = Files.walk(receiver)) {
            assertThat(left.filter(p -> p.getFileName().toString().startsWith(".staging"))).isEmpty();
        }
        return why;
    }

    @Test
    void hostileBundlesAreRefusedWithNothingWritten() throws Exception {
        String clipEntry = "clips/" + clipName;
        assertThat(refusal(zip(temp.resolve("dotdot.toetempo"), Raw.of(RoutineBundle.ROUTINE_ENTRY, routineJson()),
                Raw.of("clips/../../routines/evil.json", routineJson()))))
                .isEqualTo("'clips/../../routines/evil.json' points outside the bundle (../)");
        assertThat(refusal(zip(temp.resolve("absolute.toetempo"), Raw.of(RoutineBundle.ROUTINE_ENTRY, routineJson()),
                Raw.of("/etc/cron.d/evil", new byte[10]))))
                .isEqualTo("'/etc/cron.d/evil' is an absolute path; a bundle holds only its own files");
        assertThat(refusal(zip(temp.resolve("drive.toetempo"), Raw.of("C:\\Users\\x\\routine.json", routineJson()))))
                .contains("is an absolute path");
        assertThat(refusal(zip(temp.resolve("symlink.toetempo"), Raw.of(RoutineBundle.ROUTINE_ENTRY, routineJson()),
                new Raw(clipEntry, "/home/someone/.ssh/id_rsa".getBytes(StandardCharsets.UTF_8), false, null, true))))
                .isEqualTo("'" + clipEntry + "' is a symbolic link; bundles hold only files");
        assertThat(refusal(zip(temp.resolve("type.toetempo"), Raw.of(RoutineBundle.ROUTINE_ENTRY, routineJson()),
                Raw.of("run-me.sh", "rm -rf ~".getBytes(StandardCharsets.UTF_8)))))
                .startsWith("'run-me.sh' is not a file a bundle holds");
        // Declared far larger than allowed (the directory says 300 MB).
        assertThat(refusal(zip(temp.resolve("big.toetempo"), Raw.of(RoutineBundle.ROUTINE_ENTRY, routineJson()),
                new Raw(clipEntry, video, false, 300L << 20, false))))
                .isEqualTo("'" + clipEntry + "' is 300 MB; at most 200 MB a video");
        // A zip bomb: 50 MB of zeros deflate to about 50 kB.
        assertThat(refusal(zip(temp.resolve("bomb.toetempo"), Raw.of(RoutineBundle.ROUTINE_ENTRY, routineJson()),
                new Raw(clipEntry, new byte[50 << 20], true, null, false))))
                .startsWith("'" + clipEntry + "' would inflate 1").endsWith("times (a zip bomb?); refused");
        // A bomb that lies: its directory declares 2 kB, it inflates to 5 MB.
        byte[] zeros = new byte[5 << 20];
        byte[] namesZeros = new String(routineJson(), StandardCharsets.UTF_8).replace(clipName, sha(zeros) + ".mp4")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(refusal(zip(temp.resolve("liar.toetempo"), Raw.of(RoutineBundle.ROUTINE_ENTRY, namesZeros),
                new Raw("clips/" + sha(zeros) + ".mp4", zeros, true, 2048L, false))))
                .isEqualTo("a video unpacks to more than the 2048 bytes it may have; refused");
        // The video's content does not match its name.
        byte[] other = video.clone();
        other[other.length - 1] ^= 1;
        assertThat(refusal(zip(temp.resolve("altered.toetempo"), Raw.of(RoutineBundle.ROUTINE_ENTRY, routineJson()),
                Raw.of(clipEntry, other))))
                .isEqualTo("a video's content does not match its name (damaged or altered)");
        // Named and hashed as a video, but it is a text file.
        byte[] text = "not a video".getBytes(StandardCharsets.UTF_8);
        String textName = sha(text) + ".mp4";
        String json = new String(routineJson(), StandardCharsets.UTF_8).replace(clipName, textName);
        assertThat(refusal(zip(temp.resolve("text.toetempo"), Raw.of(RoutineBundle.ROUTINE_ENTRY, json.getBytes(StandardCharsets.UTF_8)),
                Raw.of("clips/" + textName, text))))
                .startsWith("clips/" + textName + ": a .mp4 file, not a video this app plays");
        // Too many entries.
        List<Raw> many = new ArrayList<>();
        many.add(Raw.of(RoutineBundle.ROUTINE_ENTRY, routineJson()));
        for (int i = 0; i < 70; i++) {
            many.add(Raw.of("clips/", new byte[0]));
        }
        assertThat(refusal(zip(temp.resolve("many.toetempo"), many.toArray(Raw[]::new))))
                .isEqualTo("the bundle has 71 entries; at most 64");
        // No routine at all, and a file that is not a ZIP.
        assertThat(refusal(zip(temp.resolve("empty.toetempo"), Raw.of(clipEntry, video)))).isEqualTo("no routine.json in the bundle");
        Path fake = temp.resolve("fake.toetempo");
        Files.write(fake, new byte[] {'P', 'K', 3, 4, 0, 0, 0});
        assertThat(refusal(fake)).isEqualTo("not a Toe Tempo bundle (no ZIP directory found)");
    }

    @Test
    void theBundleWrittenByJavasOwnZipIsReadable() throws Exception {
        Path bundle = temp.resolve("java.toetempo");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bundle))) {
            zip.putNextEntry(new ZipEntry(RoutineBundle.ROUTINE_ENTRY));
            zip.write(routineJson());
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("clips/" + clipName));
            zip.write(video);
            zip.closeEntry();
        }
        UserRoutines patient = patient();
        assertThat(patient.importRoutine(patient.checkImport(bundle), new ImportDecision.AsIs()).ok()).isTrue();
    }
}
