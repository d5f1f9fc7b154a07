package org.toetempo.song.decode;

import org.jcodec.codecs.mpa.Mp3Decoder;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.ByteBuffer;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;

/**
 * Independent copies of jcodec's MP3 decoder, so that frames can be decoded on several cores at once.
 *
 * <p>jcodec 0.2.5's decoder keeps scratch arrays in static fields ({@code Mp3Mdct.tmp}, {@code MpaPqmf.bf32}...):
 * two decoders running at the same time in one class loader corrupt each other's output. So each lane beyond the
 * first loads its own copy of jcodec's classes in a class loader of its own, and a lane is used by one thread at a
 * time ({@link Lane#lock}). When jcodec's classes cannot be loaded again (no jar or folder to load them from, as in
 * a jlink image), there is one lane and decoding is sequential; the output is the same either way.
 */
final class Mp3Lanes {

    /** A decoder factory and its {@code decodeFrame(ByteBuffer, ByteBuffer)}, on classes no other lane uses. */
    static final class Lane {
        final Object lock = new Object();
        private final MethodHandle constructor;
        private final MethodHandle decodeFrame;

        Lane(Class<?> decoderClass) throws ReflectiveOperationException {
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            this.constructor = lookup.findConstructor(decoderClass, MethodType.methodType(void.class))
                    .asType(MethodType.methodType(Object.class));
            Class<?> audioBuffer = decoderClass.getMethod("decodeFrame", ByteBuffer.class, ByteBuffer.class).getReturnType();
            this.decodeFrame = lookup.findVirtual(decoderClass, "decodeFrame",
                            MethodType.methodType(audioBuffer, ByteBuffer.class, ByteBuffer.class))
                    .asType(MethodType.methodType(void.class, Object.class, ByteBuffer.class, ByteBuffer.class));
        }

        Object newDecoder() {
            try {
                return constructor.invokeExact();
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }

        /** Decodes one frame into {@code pcm} (16-bit little-endian, interleaved); throws on a damaged frame. */
        void decode(Object decoder, ByteBuffer frame, ByteBuffer pcm) throws Exception {
            try {
                decodeFrame.invokeExact(decoder, frame, pcm);
            } catch (Exception | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The lane on the app's own copy of jcodec: all that one-chunk decoding needs. */
    private static final class First {
        static final Lane LANE = createFirst();
    }

    /** Loaded only when a caller decodes in several chunks: each further lane is a copy of jcodec's classes. */
    private static final class All {
        static final List<Lane> LANES = createLanes(Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    private Mp3Lanes() {
    }

    static Lane first() {
        return First.LANE;
    }

    static List<Lane> lanes() {
        return All.LANES;
    }

    private static Lane createFirst() {
        try {
            return new Lane(Mp3Decoder.class);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("jcodec's MP3 decoder is missing", e);
        }
    }

    private static List<Lane> createLanes(int wanted) {
        List<Lane> lanes = new ArrayList<>();
        // The same lane (and lock) as first(): both decode on the app's jcodec classes and their static scratch arrays.
        lanes.add(first());
        URL location = null;
        CodeSource source = Mp3Decoder.class.getProtectionDomain().getCodeSource();
        if (source != null) {
            location = source.getLocation();
        }
        if (location == null || !"file".equals(location.getProtocol())) {
            return List.copyOf(lanes);
        }
        for (int i = 1; i < wanted; i++) {
            try {
                // The platform loader as parent: jcodec's classes come from this loader's copy, never the app's.
                ClassLoader loader = new URLClassLoader("jcodec-mp3-lane-" + i, new URL[] {location},
                        ClassLoader.getPlatformClassLoader());
                lanes.add(new Lane(Class.forName(Mp3Decoder.class.getName(), true, loader)));
            } catch (ReflectiveOperationException | LinkageError | SecurityException e) {
                break;
            }
        }
        return List.copyOf(lanes);
    }
}
