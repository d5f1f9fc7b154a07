package org.toetempo.audio;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.Line;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.SourceDataLine;

/** A real sound device: a Java Sound {@link SourceDataLine} of the named mixer, or of the system's default. */
final class SourceLineOutput implements AudioOutput {

    private static final Logger LOG = Logger.getLogger(AudioEngine.class.getName());

    private final SourceDataLine line;

    private SourceLineOutput(SourceDataLine line) {
        this.line = line;
    }

    /** Opens and starts a line of the named mixer ({@code null}, or a name no mixer has: the default line). */
    static AudioOutput open(String device, AudioFormat format, int bufferBytes) throws Exception {
        DataLine.Info info = new DataLine.Info(SourceDataLine.class, format);
        Line found = null;
        if (device != null) {
            for (Mixer.Info m : AudioSystem.getMixerInfo()) {
                if (m.getName().equals(device)) {
                    found = AudioSystem.getMixer(m).getLine(info);
                    break;
                }
            }
        }
        SourceDataLine line = (SourceDataLine) (found != null ? found : AudioSystem.getLine(info));
        line.open(format, bufferBytes);
        line.start();
        return new SourceLineOutput(line);
    }

    /** Names of the mixers that can play this format. */
    static List<String> devices(AudioFormat format) {
        List<String> names = new ArrayList<>();
        DataLine.Info wanted = new DataLine.Info(SourceDataLine.class, format);
        try {
            for (Mixer.Info info : AudioSystem.getMixerInfo()) {
                if (AudioSystem.getMixer(info).isLineSupported(wanted)) {
                    names.add(info.getName());
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "cannot list sound devices", e);
        }
        return names;
    }

    @Override
    public int available() {
        return line.available();
    }

    @Override
    public int write(byte[] bytes, int offset, int length) {
        return line.write(bytes, offset, length);
    }

    @Override
    public long framePosition() {
        return line.getLongFramePosition();
    }

    @Override
    public void flush() {
        line.flush();
    }

    @Override
    public boolean isOpen() {
        return line.isOpen();
    }

    @Override
    public void close() {
        line.stop();
        line.flush();
        line.close();
    }
}
