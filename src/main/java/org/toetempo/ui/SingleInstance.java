package org.toetempo.ui;

import org.toetempo.files.AtomicFiles;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * One window per user: the first start holds a lock in the data folder and listens on a localhost port (written,
 * with a secret, beside the lock); a later start hands the files it was given to that one and ends, so a routine
 * double-clicked while the app runs opens in the window already there.
 */
final class SingleInstance implements AutoCloseable {

    private static final String LOCK = "instance.lock";
    private static final String ADDRESS = "instance.port";
    private static final int CONNECT_MILLIS = 1000;
    /** How long a start that lost the race waits for the winner to listen. */
    private static final int WAIT_FOR_WINNER_MILLIS = 10_000;

    private final Path directory;
    private final FileChannel lockFile;
    private final FileLock lock;
    private final ServerSocket server;

    private SingleInstance(Path directory, FileChannel lockFile, FileLock lock, ServerSocket server) {
        this.directory = directory;
        this.lockFile = lockFile;
        this.lock = lock;
        this.server = server;
    }

    /**
     * Gives the files to the instance already running, if there is one that answers.
     *
     * @return true when a running instance took them (this start should end)
     */
    static boolean handOff(Path directory, List<Path> files) {
        Path address = directory.resolve(ADDRESS);
        if (!Files.isRegularFile(address)) {
            return false;
        }
        try {
            String[] portAndSecret = Files.readString(address, StandardCharsets.UTF_8).strip().split(" ");
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                        Integer.parseInt(portAndSecret[0])), CONNECT_MILLIS);
                socket.setSoTimeout(CONNECT_MILLIS * 5);
                PrintWriter out = new PrintWriter(new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8));
                out.print(portAndSecret[1] + "\n");
                for (Path file : files) {
                    out.print(file.toAbsolutePath() + "\n");
                }
                out.print("\n");
                out.flush();
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                return "ok".equals(in.readLine());
            }
        } catch (IOException | RuntimeException e) {
            // No one answers: a stale address left by a crash. This start becomes the running one.
            return false;
        }
    }

    /**
     * Becomes the running instance: takes the lock and listens (on {@code listener}, which this ties up until
     * {@link #close()}) for files that later starts hand over; each list goes to {@code onFiles} on the listener's
     * thread. Empty when another instance holds the lock; then the files went to it, if it answered in time.
     */
    static Optional<SingleInstance> claim(Path directory, List<Path> files, Executor listener,
                                          Consumer<List<Path>> onFiles) throws IOException {
        Files.createDirectories(directory);
        FileChannel channel = FileChannel.open(directory.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            // Another start won the race and may still be on its way up: give it the files once it listens.
            long until = System.nanoTime() + WAIT_FOR_WINNER_MILLIS * 1_000_000L;
            while (!handOff(directory, files) && System.nanoTime() < until) {
                pause();
            }
            return Optional.empty();
        }
        ServerSocket server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
        String secret = secret();
        Path address = directory.resolve(ADDRESS);
        AtomicFiles.write(address, (server.getLocalPort() + " " + secret + "\n").getBytes(StandardCharsets.UTF_8));
        try {
            // Only this user may hand files to this user's window.
            Files.setPosixFilePermissions(address, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): the user's profile folder is private already.
        }
        SingleInstance instance = new SingleInstance(directory, channel, lock, server);
        listener.execute(() -> instance.listen(secret, onFiles));
        return Optional.of(instance);
    }

    private void listen(String secret, Consumer<List<Path>> onFiles) {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                socket.setSoTimeout(CONNECT_MILLIS * 5);
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                if (!secret.equals(in.readLine())) {
                    continue;
                }
                List<Path> files = new ArrayList<>();
                for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                    files.add(Path.of(line));
                }
                Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
                out.write("ok\n");
                out.flush();
                onFiles.accept(files);
            } catch (SocketTimeoutException e) {
                // A caller that said nothing: wait for the next.
            } catch (IOException | RuntimeException e) {
                if (server.isClosed()) {
                    return;
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(directory.resolve(ADDRESS));
            server.close();
            lock.release();
            lockFile.close();
        } catch (IOException e) {
            // Closing on the way out: a stale address is detected by the next start.
        }
    }

    private static String secret() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
