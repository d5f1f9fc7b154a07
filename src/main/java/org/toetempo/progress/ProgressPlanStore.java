package org.toetempo.progress;

import org.toetempo.files.RegularFiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.toetempo.files.AppPaths;
import org.toetempo.files.AtomicFiles;
import org.toetempo.history.Names;
import org.toetempo.routine.Side;
import org.toetempo.text.Phrase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import static org.toetempo.text.Phrase.phrase;

/**
 * Loads and saves the {@link ProgressPlan} as {@code progress.json} in the data folder, atomically, at once on
 * every accepted suggestion (as {@code settings.json} is saved). A damaged file is set aside and an empty plan
 * used, with a notice.
 */
public final class ProgressPlanStore {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private volatile Phrase notice;

    public ProgressPlanStore(Path file) {
        this.file = file;
    }

    public static ProgressPlanStore in(AppPaths paths) {
        return new ProgressPlanStore(paths.dataDirectory().resolve("progress.json"));
    }

    /** A message for the user when the file could not be read (after {@link #load}), else {@code null}. */
    public Phrase notice() {
        return notice;
    }

    public ProgressPlan load() {
        notice = null;
        if (!Files.isRegularFile(file)) {
            return ProgressPlan.EMPTY;
        }
        try {
            return read(JSON.readTree(RegularFiles.read(file, 4 * 1024 * 1024)));
        } catch (IOException | RuntimeException e) {
            Path aside = file.resolveSibling(file.getFileName() + ".damaged");
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
                notice = phrase("notice.progress.set-aside", aside.toString());
            } catch (IOException moveFailed) {
                notice = phrase("notice.progress.left", file.toString());
            }
            return ProgressPlan.EMPTY;
        }
    }

    /** Saves at once; on failure returns the reason (else {@code null}). */
    public Phrase save(ProgressPlan plan) {
        try {
            AtomicFiles.write(file, JSON.writeValueAsBytes(write(plan)));
            return null;
        } catch (IOException e) {
            return phrase("notice.progress.unsaved", file.toString(), String.valueOf(e.getMessage()));
        }
    }

    static ObjectNode write(ProgressPlan plan) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", 1);
        root.put("impact_locked", plan.impactLocked());
        root.put("minimalist_transition", plan.minimalistTransition());
        ObjectNode routines = root.putObject("routines");
        plan.routines().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            RoutinePlan rp = entry.getValue();
            ObjectNode r = routines.putObject(entry.getKey());
            put(r, "stage", rp.stage());
            put(r, "programme_start", rp.programmeStart());
            put(r, "stage_start", rp.stageStart());
            if (rp.repeatedWeeks() != 0) {
                r.put("repeated_weeks", rp.repeatedWeeks());
            }
            put(r, "return_stage", rp.returnStage());
            put(r, "return_stage_on", rp.returnStageOn());
            if (!rp.blockBpm().isEmpty()) {
                ObjectNode tempos = r.putObject("block_bpm");
                rp.blockBpm().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .forEach(t -> tempos.put(Integer.toString(t.getKey()), t.getValue()));
                ObjectNode changed = r.putObject("block_bpm_changed");
                rp.blockBpmChanged().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .forEach(t -> changed.put(Integer.toString(t.getKey()), t.getValue().toString()));
            }
            ObjectNode exercises = r.putObject("exercises");
            rp.exercises().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                ExercisePlan ep = e.getValue();
                ObjectNode x = exercises.putObject(e.getKey());
                put(x, "level", ep.level());
                if (ep.extraReps() != 0) {
                    x.put("extra_reps", ep.extraReps());
                }
                if (ep.holdSeconds() != null) {
                    x.put("hold_s", ep.holdSeconds());
                }
                put(x, "extra_set", ep.extraSet() == null ? null : ep.extraSet().json());
                if (ep.paused()) {
                    x.put("paused", true);
                }
                if (ep.skipped()) {
                    x.put("skipped", true);
                }
                put(x, "return_level", ep.returnLevel());
                put(x, "return_on", ep.returnOn());
                put(x, "last_level_change", ep.lastLevelChange());
                put(x, "last_change", ep.lastChange());
            });
        });
        return root;
    }

    static ProgressPlan read(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not a progress file");
        }
        Map<String, RoutinePlan> routines = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("routines").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode r = entry.getValue();
            Map<Integer, Double> tempos = new HashMap<>();
            r.path("block_bpm").fields().forEachRemaining(t -> tempos.put(Integer.parseInt(t.getKey()), t.getValue().asDouble()));
            Map<Integer, Instant> changed = new HashMap<>();
            r.path("block_bpm_changed").fields().forEachRemaining(t -> changed.put(Integer.parseInt(t.getKey()),
                    Instant.parse(t.getValue().asText())));
            Map<String, ExercisePlan> exercises = new HashMap<>();
            r.path("exercises").fields().forEachRemaining(e -> {
                JsonNode x = e.getValue();
                exercises.put(e.getKey(), new ExercisePlan(text(x, "level"), x.path("extra_reps").asInt(0),
                        x.hasNonNull("hold_s") ? x.get("hold_s").asDouble() : null,
                        text(x, "extra_set") == null ? null : Names.parse(Side.class, text(x, "extra_set")),
                        x.path("paused").asBoolean(false), x.path("skipped").asBoolean(false),
                        text(x, "return_level"), date(x, "return_on"), instant(x, "last_level_change"),
                        instant(x, "last_change")));
            });
            routines.put(entry.getKey(), new RoutinePlan(text(r, "stage"), date(r, "programme_start"),
                    date(r, "stage_start"), r.path("repeated_weeks").asInt(0), text(r, "return_stage"),
                    date(r, "return_stage_on"), tempos, changed, exercises));
        }
        return new ProgressPlan(routines, root.path("impact_locked").asBoolean(false),
                root.path("minimalist_transition").asBoolean(false));
    }

    private static void put(ObjectNode node, String name, Object value) {
        if (value != null) {
            node.put(name, value.toString());
        }
    }

    private static String text(JsonNode node, String name) {
        return node.hasNonNull(name) ? node.get(name).asText() : null;
    }

    private static LocalDate date(JsonNode node, String name) {
        return node.hasNonNull(name) ? LocalDate.parse(node.get(name).asText()) : null;
    }

    private static Instant instant(JsonNode node, String name) {
        return node.hasNonNull(name) ? Instant.parse(node.get(name).asText()) : null;
    }
}
