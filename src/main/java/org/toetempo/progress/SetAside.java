package org.toetempo.progress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.toetempo.files.AppPaths;
import org.toetempo.files.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The suggestions the user set aside: dismissed for good, or "not now" (back after their next session, when the
 * coach has something new to go on). Without this, "Got it" changed nothing and the same cards came back at every
 * start. A stop for warning signs is never dismissed for good. Kept in {@code set-aside-suggestions.json},
 * written atomically; an unreadable file sets nothing aside.
 */
public final class SetAside {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String FOREVER = "forever";

    private final Path file;

    public SetAside(Path file) {
        this.file = file;
    }

    public static SetAside in(AppPaths paths) {
        return new SetAside(paths.dataDirectory().resolve("set-aside-suggestions.json"));
    }

    /** The suggestions still to show: not dismissed, and not snoozed since before {@code lastSession} started. */
    public List<Suggestion> filter(List<Suggestion> suggestions, Instant lastSession) {
        Map<String, String> aside = read();
        return suggestions.stream().filter(s -> {
            String until = aside.get(s.id());
            if (until == null) {
                return true;
            }
            if (FOREVER.equals(until)) {
                return s.kind() == Suggestion.Kind.STOP;
            }
            return lastSession != null && lastSession.isAfter(Instant.parse(until));
        }).toList();
    }

    /** "Not now": hidden until a session newer than {@code now}. Returns a problem to show, or {@code null}. */
    public String snooze(Suggestion suggestion, Instant now) {
        return put(suggestion.id(), now.toString());
    }

    /** "Dismiss for good" (not for a stop). Returns a problem to show, or {@code null}. */
    public String dismiss(Suggestion suggestion) {
        return put(suggestion.id(), FOREVER);
    }

    private String put(String id, String value) {
        Map<String, String> aside = read();
        aside.put(id, value);
        ObjectNode root = JSON.createObjectNode();
        root.put("format", 1);
        ObjectNode ids = root.putObject("suggestions");
        aside.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> ids.put(e.getKey(), e.getValue()));
        try {
            AtomicFiles.write(file, JSON.writeValueAsBytes(root));
            return null;
        } catch (IOException e) {
            return "Could not remember this choice in " + file + ": " + e.getMessage();
        }
    }

    private Map<String, String> read() {
        Map<String, String> out = new HashMap<>();
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > 1024 * 1024) {
                return out;
            }
            JsonNode ids = JSON.readTree(file.toFile()).path("suggestions");
            for (Iterator<Map.Entry<String, JsonNode>> it = ids.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String value = e.getValue().asText();
                if (FOREVER.equals(value) || parses(value)) {
                    out.put(e.getKey(), value);
                }
            }
        } catch (IOException | RuntimeException e) {
            // An unreadable file sets nothing aside: every suggestion shows, which is the safe side.
        }
        return out;
    }

    private static boolean parses(String instant) {
        try {
            Instant.parse(instant);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
