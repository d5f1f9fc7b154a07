package org.toetempo.song.tags;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.toetempo.song.decode.AudioFilesTest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Titles and artists from tags: files tagged by ffmpeg and LAME (see tags/make-tagged-songs.sh), ID3 tags written
 * byte by byte for what those tools do not make, and damaged files, which must never make reading fail.
 */
class SongTagsTest {

    /** What make-tagged-songs.sh wrote into most files. */
    private static final String TITLE = "Café Straße — “Tempo” 東京";
    private static final String ARTIST = "Björk & Sigur Rós";
    private static final Path FILE = Path.of("music", "track03.mp3");
    private static final String[] RESOURCES = {"ffmpeg-id3v24.mp3", "ffmpeg-id3v23.mp3", "lame-latin1.mp3",
            "lame-id3v1-only.mp3", "ffmpeg.m4a", "ffmpeg-info.wav", "ffmpeg-name-auth.aiff", "ffmpeg-id3-chunk.aiff"};

    static byte[] resource(String name) throws IOException {
        return AudioFilesTest.resource("tags/" + name);
    }

    // ---- real files ----

    @ParameterizedTest
    @ValueSource(strings = {"ffmpeg-id3v24.mp3", "ffmpeg-id3v23.mp3", "ffmpeg.m4a", "ffmpeg-info.wav",
            "ffmpeg-name-auth.aiff", "ffmpeg-id3-chunk.aiff"})
    void filesTaggedByFfmpegGiveTitleAndArtist(String name) throws IOException {
        assertThat(SongTags.read(resource(name), FILE)).isEqualTo(new SongTags(TITLE, ARTIST));
    }

    @Test
    void filesTaggedByLameGiveTitleAndArtist() throws IOException {
        assertThat(SongTags.read(resource("lame-latin1.mp3"), FILE)).isEqualTo(new SongTags("Naïve Song", "Émile"));
        assertThat(SongTags.read(resource("lame-id3v1-only.mp3"), FILE))
                .isEqualTo(new SongTags("Only Version One", "Old Tagger"));
    }

    @Test
    void theId3ChunkOfAnAiffFillsInWhatItsOwnChunksLack() throws IOException {
        byte[] aiff = resource("ffmpeg-id3-chunk.aiff");
        assertThat(ChunkTags.readAiff(aiff)).isEqualTo(new TagFields(TITLE, ARTIST));    // no AUTH chunk in it
        byte[] noName = aiff.clone();
        replace(noName, "NAME", "ANNO");        // the title chunk becomes a comment: the ID3 chunk's title is used
        assertThat(SongTags.read(noName, FILE)).isEqualTo(new SongTags(TITLE, ARTIST));
        replace(noName, "TIT2", "TIT3");        // and with the ID3 title gone as well, the file name
        assertThat(SongTags.read(noName, FILE)).isEqualTo(new SongTags("track03", ARTIST));
    }

    @Test
    void withoutItsId3v2TagAnMp3IsNamedByItsId3v1Tag() throws IOException {
        byte[] mp3 = resource("ffmpeg-id3v24.mp3");
        int v2 = 10 + (mp3[9] & 0xff) + ((mp3[8] & 0xff) << 7);
        byte[] v1Only = Arrays.copyOfRange(mp3, v2, mp3.length);
        // ffmpeg writes UTF-8 into ID3v1, cut at 30 bytes (here just after "” ").
        assertThat(SongTags.read(v1Only, FILE)).isEqualTo(new SongTags("Café Straße — “Tempo”", ARTIST));
    }

    // ---- ID3v2 by hand ----

    @ParameterizedTest
    @CsvSource({"2, 0", "2, 1", "2, 2", "2, 3", "3, 0", "3, 1", "3, 2", "3, 3", "4, 0", "4, 1", "4, 2", "4, 3"})
    void everyVersionAndTextEncoding(int major, int encoding) {
        String title = encoding == 0 ? "Ça va, Señor" : "Ça va — 東京 🎵";
        String artist = encoding == 0 ? "Zoë" : "Zoë & Борис";
        byte[] tag = tag(major, 0, frame(major, "TIT2", text(encoding, title)), frame(major, "TPE1", text(encoding, artist)));
        assertThat(SongTags.read(mp3(tag), FILE)).isEqualTo(new SongTags(title, artist));
    }

    @Test
    void utf16IsReadInEitherByteOrderAndWithoutItsMark() {
        byte[] bigEndianMark = cat(new byte[]{1, (byte) 0xfe, (byte) 0xff}, "Tempo".getBytes(UTF_16BE));
        byte[] littleNoMark = cat(new byte[]{1}, "Tempo".getBytes(UTF_16LE));
        byte[] bigNoMark = cat(new byte[]{1}, "Tempo".getBytes(UTF_16BE));
        for (byte[] content : List.of(bigEndianMark, littleNoMark, bigNoMark)) {
            assertThat(v2(tag(3, 0, frame(3, "TIT2", content))).title()).isEqualTo("Tempo");
        }
    }

    @Test
    void onlyTheFirstOfSeveralValuesIsTaken() {
        byte[] twoArtists = cat(new byte[]{3}, "Ann\0Bob".getBytes(UTF_8));
        byte[] twoUtf16 = cat(new byte[]{1, (byte) 0xff, (byte) 0xfe}, "Ann\0".getBytes(UTF_16LE),
                new byte[]{(byte) 0xff, (byte) 0xfe}, "Bob".getBytes(UTF_16LE));
        assertThat(v2(tag(4, 0, frame(4, "TPE1", twoArtists))).artist()).isEqualTo("Ann");
        assertThat(v2(tag(3, 0, frame(3, "TPE1", twoUtf16))).artist()).isEqualTo("Ann");
    }

    @Test
    void singleByteTextIsWindows1252OrUtf8AsItProvesToBe() {
        byte[] curly = {0, (byte) 0x93, 'H', 'i', (byte) 0x94, ' ', 'c', 'a', 'f', (byte) 0xe9};
        byte[] utf8 = cat(new byte[]{0}, "café 東京".getBytes(UTF_8));
        assertThat(v2(tag(3, 0, frame(3, "TIT2", curly))).title()).isEqualTo("“Hi” café");
        assertThat(v2(tag(3, 0, frame(3, "TIT2", utf8))).title()).isEqualTo("café 東京");
    }

    @Test
    void unsynchronisationOfAVersion23TagIsUndone() {
        // Ÿ is 0x9F in Windows-1252; ÿ is 0xFF, and 0xFF followed by 0xE0 or more would look like an MP3 frame sync.
        byte[] title = {0, 'a', (byte) 0xff, (byte) 0xe1, 'b', (byte) 0xff};
        byte[] artist = cat(new byte[]{1, (byte) 0xff, (byte) 0xfe}, "Zoë".getBytes(UTF_16LE));
        byte[] body = cat(frame(3, "TIT2", title), frame(3, "TPE1", artist));
        byte[] tag = tag(3, 0x80, unsynchronise(body));
        assertThat(tag.length).isGreaterThan(10 + body.length);          // 0x00 bytes were inserted
        assertThat(SongTags.read(mp3(tag), FILE)).isEqualTo(new SongTags("aÿábÿ", "Zoë"));
    }

    @Test
    void unsynchronisedVersion24FramesAreUndoneOneByOne() {
        byte[] content = cat(new byte[]{1, (byte) 0xff, (byte) 0xfe}, "Ÿ-ÿ".getBytes(UTF_16LE));
        byte[] stored = unsynchronise(content);
        assertThat(stored.length).isGreaterThan(content.length);
        // Format flags: unsynchronised (0x02) with a data length indicator (0x01, 4 bytes: the size before).
        byte[] flagged = frame(4, "TIT2", cat(syncsafe(content.length), stored), 0x03);
        assertThat(v2(tag(4, 0, flagged)).title()).isEqualTo("Ÿ-ÿ");
        // The tag's own flag says every frame is unsynchronised, flags or not.
        assertThat(v2(tag(4, 0x80, frame(4, "TIT2", stored))).title()).isEqualTo("Ÿ-ÿ");
    }

    @Test
    void extendedHeadersAreSkipped() {
        // 2.3: its size (6) leaves out the size field itself; 2.4: a syncsafe size of the whole header (6).
        byte[] v23 = cat(new byte[]{0, 0, 0, 6, 0, 0, 0, 0, 0, 0}, frame(3, "TIT2", text(0, "Three")));
        byte[] v24 = cat(new byte[]{0, 0, 0, 6, 1, 0}, frame(4, "TIT2", text(0, "Four")));
        assertThat(v2(tag(3, 0x40, v23)).title()).isEqualTo("Three");
        assertThat(v2(tag(4, 0x40, v24)).title()).isEqualTo("Four");
        byte[] lying = cat(new byte[]{0, 0, 0x7f, 0x7f, 1, 0}, frame(4, "TIT2", text(0, "Four")));
        assertThat(v2(tag(4, 0x40, lying))).isEqualTo(TagFields.NONE);
    }

    @Test
    void version24FrameSizesWrittenThe23WayAreRecognised() {
        // A 2.3 frame header has the same layout but a plain size: 161 = 0xA1 cannot be syncsafe; 256 = 0x100
        // can (as 128), but 128 bytes on there is no frame, while 256 bytes on is the next one.
        String title161 = "a title long enough for a size over 127 ".repeat(4).strip();
        String title256 = "and one of exactly 256 bytes with its encoding byte and terminator ".repeat(4).substring(0, 254);
        for (String title : List.of(title161, title256)) {
            byte[] plainSized = frame(3, "TIT2", text(0, title));
            byte[] tag = tag(4, 0, plainSized, frame(4, "TPE1", text(0, "After")));
            assertThat(v2(tag)).isEqualTo(new TagFields(TagText.clean(title), "After"));
        }
        assertThat(text(0, title161)).hasSize(0xa1);
        assertThat(text(0, title256)).hasSize(0x100);
        assertThat(TagText.clean(title256)).hasSize(200);
    }

    @Test
    void compressedAndEncryptedFramesAreSkipped() {
        byte[] compressed = frame(3, "TIT2", cat(new byte[]{0, 0, 0, 9}, "x-garbage".getBytes(ISO_8859_1)), 0x80);
        byte[] encrypted = frame(4, "TIT2", cat(new byte[]{1}, text(0, "secret")), 0x04);
        byte[] v1 = id3v1("Fallback", "");
        assertThat(SongTags.read(cat(mp3(tag(3, 0, compressed)), v1), FILE).title()).isEqualTo("Fallback");
        assertThat(SongTags.read(cat(mp3(tag(4, 0, encrypted)), v1), FILE).title()).isEqualTo("Fallback");
    }

    @Test
    void framesFlaggedAsGroupedHaveTheirGroupByteSkipped() {
        byte[] v23 = frame(3, "TIT2", cat(new byte[]{7}, text(0, "Grouped")), 0x20);
        byte[] v24 = frame(4, "TIT2", cat(new byte[]{7}, text(0, "Grouped")), 0x40);
        assertThat(v2(tag(3, 0, v23)).title()).isEqualTo("Grouped");
        assertThat(v2(tag(4, 0, v24)).title()).isEqualTo("Grouped");
    }

    @Test
    void whatTheId3v2TagLacksComesFromId3v1() {
        byte[] file = cat(mp3(tag(3, 0, frame(3, "TIT2", text(0, "From v2")))), id3v1("From v1", "Artist v1"));
        assertThat(SongTags.read(file, FILE)).isEqualTo(new SongTags("From v2", "Artist v1"));
    }

    @Test
    void id3v1IsTrimmedOfNulsAndSpacesAndMayEndInACutUtf8Character() {
        byte[] spaces = id3v1("  Padded title" + " ".repeat(16), "Artist\0\0\0junk");
        assertThat(Id3Tags.readV1(cat(new byte[50], spaces))).isEqualTo(new TagFields("Padded title", "Artist"));
        byte[] title = "Ünïcödé title, cut here:東京".getBytes(UTF_8);
        assertThat(title[28] & 0xff).isEqualTo(0xe6);                      // 30 bytes end inside 東 (E6 9D B1)
        byte[] tag = id3v1("", "");
        System.arraycopy(title, 0, tag, 3, 30);
        assertThat(Id3Tags.readV1(tag).title()).isEqualTo("Ünïcödé title, cut here:");
        // A full field of ASCII ending in Latin-1 é (a lead byte in UTF-8) is Latin-1, not UTF-8 cut short.
        byte[] latin = id3v1("Cafe" + "x".repeat(25), "");
        latin[32] = (byte) 0xe9;
        assertThat(Id3Tags.readV1(latin).title()).isEqualTo("Cafe" + "x".repeat(25) + "é");
    }

    @Test
    void malformedId3SizesDoNotMisread() {
        // A frame claiming more than the tag holds ends the reading there; the ID3v1 tag then names the song.
        byte[] frame = frame(3, "TIT2", text(0, "Too long"));
        frame[7] = 0x7f;
        byte[] tooLong = cat(mp3(tag(3, 0, frame)), id3v1("Version one", "V1 artist"));
        assertThat(SongTags.read(tooLong, FILE)).isEqualTo(new SongTags("Version one", "V1 artist"));
        // A tag claiming more than the file holds is read as far as the file goes.
        byte[] tag = tag(4, 0, frame(4, "TIT2", text(3, "Cut off")));
        tag[6] = 0x7f;
        assertThat(SongTags.read(tag, FILE).title()).isEqualTo("Cut off");
        // An unknown version, and version 2.2's compression, are not read.
        byte[] v5 = tag(4, 0, frame(4, "TIT2", text(3, "Five")));
        v5[3] = 5;
        assertThat(SongTags.read(v5, FILE).title()).isEqualTo("track03");
        assertThat(SongTags.read(tag(2, 0x40, frame(2, "TIT2", text(0, "x"))), FILE).title()).isEqualTo("track03");
    }

    // ---- M4A by hand ----

    @Test
    void m4aBoxesWithLargeOrToTheEndSizesAreWalked() {
        byte[] items = box("ilst", item("\u00a9ART", 1, "Artist".getBytes(UTF_8)), item("\u00a9nam", 1, "Name".getBytes(UTF_8)));
        byte[] meta = box("meta", new byte[4], box("hdlr", new byte[25]), items);
        byte[] moov = cat(box64("moov", box("udta", meta)));
        assertThat(Mp4Tags.read(cat(ftyp(), box("mdat", new byte[100]), moov))).isEqualTo(new TagFields("Name", "Artist"));
        byte[] toTheEnd = cat(ftyp(), box("moov", box("udta", meta)));
        Arrays.fill(toTheEnd, ftyp().length, ftyp().length + 4, (byte) 0);   // moov's size 0: to the end of the file
        assertThat(Mp4Tags.read(toTheEnd)).isEqualTo(new TagFields("Name", "Artist"));
    }

    @Test
    void m4aMetaWithoutVersionAndFlagsAsQuickTimeWritesItAndUtf16Values() {
        byte[] items = box("ilst", item("\u00a9nam", 2, "Zoë".getBytes(UTF_16BE)), item("\u00a9ART", 21, new byte[]{1}));
        byte[] file = cat(ftyp(), box("moov", box("meta", box("hdlr", new byte[25]), items)));
        assertThat(SongTags.read(file, FILE)).isEqualTo(new SongTags("Zoë", null));
    }

    @Test
    void malformedM4aBoxesEndTheWalk() {
        byte[] items = box("ilst", item("\u00a9nam", 1, "Name".getBytes(UTF_8)));
        byte[] file = cat(ftyp(), box("moov", box("udta", box("meta", new byte[4], items))));
        int nam = indexOf(file, "\u00a9nam") - 4;
        byte[] tooSmall = file.clone();
        tooSmall[nam + 3] = 7;                    // smaller than a box header
        assertThat(SongTags.read(tooSmall, FILE).title()).isEqualTo("track03");
        byte[] tooLarge = file.clone();
        tooLarge[nam] = 0x70;                     // larger than its parent: clamped, still read
        assertThat(SongTags.read(tooLarge, FILE).title()).isEqualTo("Name");
        byte[] udta = box("udta", box("meta", new byte[4], items));
        assertThat(SongTags.read(cat(ftyp(), largeBox("moov", 1L << 40, udta)), FILE).title()).isEqualTo("Name");
        assertThat(SongTags.read(cat(ftyp(), largeBox("moov", 15, udta)), FILE).title()).isEqualTo("track03");
        assertThat(SongTags.read(cat(ftyp(), largeBox("moov", -1, udta)), FILE).title()).isEqualTo("track03");
    }

    // ---- WAV and AIFF by hand ----

    @Test
    void wavInfoChunksAreReadAcrossOddSizesAndAnId3ChunkFillsIn() {
        byte[] info = cat("INFO".getBytes(ISO_8859_1), chunkLe("INAM", "Odd".getBytes(ISO_8859_1)),
                chunkLe("ICMT", "comment".getBytes(ISO_8859_1)));
        byte[] id3 = tag(3, 0, frame(3, "TIT2", text(0, "Not this")), frame(3, "TPE1", text(0, "Id3 artist")));
        byte[] wav = riff(chunkLe("fmt ", new byte[16]), chunkLe("LIST", info), chunkLe("data", new byte[5]), chunkLe("id3 ", id3));
        assertThat(SongTags.read(wav, FILE)).isEqualTo(new SongTags("Odd", "Id3 artist"));
        byte[] rf64 = wav.clone();
        replace(rf64, "RIFF", "RF64");
        assertThat(SongTags.read(rf64, FILE)).isEqualTo(new SongTags("Odd", "Id3 artist"));
    }

    @Test
    void rf64DataOfUnknownSizeIsSkippedByItsDs64Size() {
        byte[] ds64 = ByteBuffer.allocate(28).order(ByteOrder.LITTLE_ENDIAN).putLong(0).putLong(6).array();
        byte[] data = chunkLe("data", new byte[6]);
        data[4] = data[5] = data[6] = data[7] = (byte) 0xff;
        byte[] info = cat("INFO".getBytes(ISO_8859_1), chunkLe("IART", "After the data".getBytes(ISO_8859_1)));
        byte[] wav = riff(chunkLe("ds64", ds64), chunkLe("fmt ", new byte[16]), data, chunkLe("LIST", info));
        replace(wav, "RIFF", "RF64");
        assertThat(SongTags.read(wav, FILE).artist()).isEqualTo("After the data");
    }

    @Test
    void aiffNameAndAuthChunks() {
        byte[] aiff = cat("FORM".getBytes(ISO_8859_1), new byte[4], "AIFF".getBytes(ISO_8859_1),
                chunkBe("COMM", new byte[18]), chunkBe("NAME", "Odd".getBytes(ISO_8859_1)),
                chunkBe("AUTH", "Author".getBytes(ISO_8859_1)));
        assertThat(SongTags.read(aiff, FILE)).isEqualTo(new SongTags("Odd", "Author"));
        byte[] lying = aiff.clone();
        lying[indexOf(aiff, "NAME") + 4] = 0x7f;  // a chunk size past the end: what is there is read
        assertThat(SongTags.read(lying, FILE).title()).isEqualTo("Odd");
    }

    // ---- tidying and fallbacks ----

    @Test
    void textIsTidiedAndCappedAndBlankIsNothing() {
        String messy = "\u0001 \tLine one\r\nline\u0007 two\u00a0\u00a0end \ufeff";
        byte[] tag = tag(4, 0, frame(4, "TIT2", text(3, messy)), frame(4, "TPE1", text(3, " \t\u0001 ")));
        assertThat(SongTags.read(tag, FILE)).isEqualTo(new SongTags("Line one line two end", null));

        String emoji = "x".repeat(199) + "🎵🎵";       // the cap would fall inside the first emoji's pair
        assertThat(TagText.clean(emoji)).isEqualTo("x".repeat(199));
        assertThat(TagText.clean("y".repeat(500))).hasSize(200);
        assertThat(TagText.clean("   ")).isNull();
    }

    @Test
    void withoutATitleTheFileNameNamesTheSong() {
        byte[] none = {1, 2, 3};
        assertThat(SongTags.read(none, Path.of("/music/Morning Stretch.final.mp3")))
                .isEqualTo(new SongTags("Morning Stretch.final", null));
        assertThat(SongTags.read(none, Path.of("track"))).isEqualTo(new SongTags("track", null));
        assertThat(SongTags.read(none, Path.of(".mp3")).title()).isEqualTo(".mp3");
        assertThat(SongTags.read(none, Path.of("/")).title()).isEqualTo(SongTags.UNTITLED);
        assertThat(SongTags.read(none, null).title()).isEqualTo(SongTags.UNTITLED);
        assertThat(SongTags.read(null, Path.of("a.wav"))).isEqualTo(new SongTags("a", null));
        assertThat(SongTags.read(new byte[0], Path.of("  .wav")).title()).isEqualTo(SongTags.UNTITLED);
    }

    // ---- fuzzing ----

    @Test
    void everyTruncationOfEveryFileReadsWithoutFailing() throws IOException {
        for (byte[] file : fuzzSeeds()) {
            for (int length = 0; length <= file.length; length++) {
                byte[] cut = Arrays.copyOf(file, length);
                assertThatCode(() -> SongTags.parse(cut)).as("first %d bytes", length).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void randomDamageReadsWithoutFailing() throws IOException {
        Random random = new Random(20261122);
        for (byte[] file : fuzzSeeds()) {
            for (int run = 0; run < 1500; run++) {
                byte[] damaged = file.clone();
                int changes = 1 + random.nextInt(4);
                for (int i = 0; i < changes; i++) {
                    int at = random.nextInt(Math.min(damaged.length, random.nextBoolean() ? 200 : damaged.length));
                    damaged[at] = random.nextInt(4) == 0 ? (byte) 0xff : (byte) random.nextInt(256);
                }
                assertThatCode(() -> SongTags.parse(damaged)).doesNotThrowAnyException();
                assertThat(SongTags.read(damaged, FILE).title()).isNotBlank();
            }
        }
    }

    @Test
    void randomBytesBehindEachFormatsMagicReadWithoutFailing() {
        Random random = new Random(42);
        String[] magics = {"ID3\u0002", "ID3\u0003", "ID3\u0004", "RIFF\0\0\0\0WAVE", "RF64\0\0\0\0WAVE",
                "FORM\0\0\0\0AIFF", "\0\0\0\u0018ftypM4A ", ""};
        for (String magic : magics) {
            for (int run = 0; run < 3000; run++) {
                byte[] noise = new byte[random.nextInt(400)];
                random.nextBytes(noise);
                byte[] file = cat(magic.getBytes(ISO_8859_1), noise);
                assertThatCode(() -> SongTags.parse(file)).doesNotThrowAnyException();
            }
        }
    }

    private static List<byte[]> fuzzSeeds() throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        for (String name : RESOURCES) {
            seeds.add(resource(name));
        }
        seeds.add(mp3(tag(2, 0, frame(2, "TIT2", text(1, "Two")), frame(2, "TPE1", text(0, "Two")))));
        seeds.add(tag(3, 0xc0, unsynchronise(cat(new byte[]{0, 0, 0, 6, 0, 0, 0, 0, 0, 0},
                frame(3, "TIT2", text(1, "ÿÿ")), frame(3, "TPE1", text(0, "ÿ"), 0x20)))));
        seeds.add(tag(4, 0x40, cat(new byte[]{0, 0, 0, 6, 1, 0}, frame(4, "TIT2", text(2, "Four"), 0x43))));
        seeds.add(cat(ftyp(), box64("moov", box("udta", box("meta", new byte[4],
                box("ilst", item("\u00a9nam", 1, "N".getBytes(UTF_8)), item("\u00a9ART", 2, "A".getBytes(UTF_16BE))))))));
        return seeds;
    }

    // ---- building tags ----

    private static TagFields v2(byte[] tag) {
        return Id3Tags.readV2(tag, 0, tag.length);
    }

    /** An ID3v2 tag of this version and flags around these frames, with its syncsafe size. */
    static byte[] tag(int major, int flags, byte[]... frames) {
        byte[] body = cat(frames);
        return cat(new byte[]{'I', 'D', '3', (byte) major, 0, (byte) flags}, syncsafe(body.length), body);
    }

    /** A frame; for version 2.2, TIT2 and TPE1 are written as TT2 and TP1. */
    static byte[] frame(int major, String id, byte[] content) {
        return frame(major, id, content, 0);
    }

    static byte[] frame(int major, String id, byte[] content, int formatFlags) {
        if (major == 2) {
            String id22 = id.equals("TPE1") ? "TP1" : id.equals("TIT2") ? "TT2" : id;
            return cat(id22.getBytes(ISO_8859_1), Arrays.copyOfRange(ByteBuffer.allocate(4).putInt(content.length).array(), 1, 4), content);
        }
        byte[] size = major == 4 ? syncsafe(content.length) : ByteBuffer.allocate(4).putInt(content.length).array();
        return cat(id.getBytes(ISO_8859_1), size, new byte[]{0, (byte) formatFlags}, content);
    }

    /** A text frame's content: the encoding byte, then the text (UTF-16 with a little-endian mark). */
    static byte[] text(int encoding, String text) {
        return switch (encoding) {
            case 0 -> cat(new byte[]{0}, text.getBytes(ISO_8859_1), new byte[]{0});
            case 1 -> cat(new byte[]{1, (byte) 0xff, (byte) 0xfe}, text.getBytes(UTF_16LE));
            case 2 -> cat(new byte[]{2}, text.getBytes(UTF_16BE), new byte[]{0, 0});
            case 3 -> cat(new byte[]{3}, text.getBytes(UTF_8));
            default -> throw new IllegalArgumentException("encoding " + encoding);
        };
    }

    static byte[] id3v1(String title, String artist) {
        byte[] tag = new byte[128];
        System.arraycopy("TAG".getBytes(ISO_8859_1), 0, tag, 0, 3);
        byte[] t = title.getBytes(ISO_8859_1);
        byte[] a = artist.getBytes(ISO_8859_1);
        System.arraycopy(t, 0, tag, 3, Math.min(30, t.length));
        System.arraycopy(a, 0, tag, 33, Math.min(30, a.length));
        return tag;
    }

    /** A tag followed by some MP3-looking bytes. */
    static byte[] mp3(byte[] tag) {
        byte[] audio = new byte[200];
        audio[0] = (byte) 0xff;
        audio[1] = (byte) 0xfb;
        return cat(tag, audio);
    }

    static byte[] unsynchronise(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < b.length; i++) {
            out.write(b[i]);
            if ((b[i] & 0xff) == 0xff && (i + 1 == b.length || (b[i + 1] & 0xe0) == 0xe0 || b[i + 1] == 0)) {
                out.write(0);
            }
        }
        return out.toByteArray();
    }

    static byte[] syncsafe(int n) {
        return new byte[]{(byte) (n >> 21 & 0x7f), (byte) (n >> 14 & 0x7f), (byte) (n >> 7 & 0x7f), (byte) (n & 0x7f)};
    }

    static byte[] box(String type, byte[]... children) {
        byte[] content = cat(children);
        return cat(ByteBuffer.allocate(4).putInt(8 + content.length).array(), type.getBytes(ISO_8859_1), content);
    }

    static byte[] box64(String type, byte[]... children) {
        byte[] content = cat(children);
        return largeBox(type, 16 + content.length, content);
    }

    /** A box with a 64-bit size, true or not. */
    static byte[] largeBox(String type, long size, byte[] content) {
        return cat(new byte[]{0, 0, 0, 1}, type.getBytes(ISO_8859_1), ByteBuffer.allocate(8).putLong(size).array(), content);
    }

    static byte[] item(String type, int dataType, byte[] value) {
        return box(type, box("data", ByteBuffer.allocate(8).putInt(dataType).array(), value));
    }

    static byte[] ftyp() {
        return box("ftyp", "M4A \0\0\0\0M4A mp42isom".getBytes(ISO_8859_1));
    }

    static byte[] riff(byte[]... chunks) {
        byte[] content = cat(chunks);
        return cat("RIFF".getBytes(ISO_8859_1), ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(4 + content.length).array(),
                "WAVE".getBytes(ISO_8859_1), content);
    }

    static byte[] chunkLe(String id, byte[] data) {
        return chunk(id, data, ByteOrder.LITTLE_ENDIAN);
    }

    static byte[] chunkBe(String id, byte[] data) {
        return chunk(id, data, ByteOrder.BIG_ENDIAN);
    }

    private static byte[] chunk(String id, byte[] data, ByteOrder order) {
        byte[] pad = new byte[data.length % 2];
        return cat(id.getBytes(ISO_8859_1), ByteBuffer.allocate(4).order(order).putInt(data.length).array(), data, pad);
    }

    static byte[] cat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] b, String s) {
        byte[] want = s.getBytes(ISO_8859_1);
        outer:
        for (int i = 0; i + want.length <= b.length; i++) {
            for (int j = 0; j < want.length; j++) {
                if (b[i + j] != want[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError(s + " not found");
    }

    private static void replace(byte[] b, String from, String to) {
        System.arraycopy(to.getBytes(ISO_8859_1), 0, b, indexOf(b, from), to.length());
    }

}
