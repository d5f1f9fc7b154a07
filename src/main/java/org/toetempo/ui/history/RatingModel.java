package org.toetempo.ui.history;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.toetempo.history.BlockTempo;
import org.toetempo.history.Effort;
import org.toetempo.history.ExerciseRating;
import org.toetempo.history.Ratings;
import org.toetempo.history.RedFlag;
import org.toetempo.history.SessionRecord;
import org.toetempo.history.StepRecord;
import org.toetempo.routine.Side;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The rating screen's state, one property per question, and the {@link Ratings} they make. Asks only what the
 * session played: effort for every exercise started, "which side was harder?" for one-sided exercises, "toes stayed
 * relaxed?" for short foot, "stayed on the beat?" for rhythmic blocks (metronome, no holds in seconds). Every
 * answer is optional: an unanswered question is left out of the ratings.
 */
public final class RatingModel {

    /** The exercise the catalogue asks "toes stayed relaxed?" about. */
    public static final String SHORT_FOOT = "short-foot";

    /** "Which side was harder?": {@code SAME} is saved as no harder side. */
    public enum HarderSide { LEFT, RIGHT, SAME }

    /** One exercise of the session and its answers. */
    public static final class ExerciseItem {
        private final String id;
        private final String name;
        private final boolean oneSided;
        private final ObjectProperty<Effort> effort = new SimpleObjectProperty<>(this, "effort");
        private final ObjectProperty<HarderSide> harderSide = new SimpleObjectProperty<>(this, "harderSide");
        private final ObjectProperty<Boolean> toesRelaxed = new SimpleObjectProperty<>(this, "toesRelaxed");

        ExerciseItem(String id, String name, boolean oneSided) {
            this.id = id;
            this.name = name;
            this.oneSided = oneSided;
        }

        public String id() { return id; }
        public String name() { return name; }
        /** Ask which side was harder. */
        public boolean oneSided() { return oneSided; }
        /** Ask whether the toes stayed relaxed. */
        public boolean shortFoot() { return SHORT_FOOT.equals(id); }
        public ObjectProperty<Effort> effortProperty() { return effort; }
        public ObjectProperty<HarderSide> harderSideProperty() { return harderSide; }
        public ObjectProperty<Boolean> toesRelaxedProperty() { return toesRelaxed; }
    }

    /** A rhythmic block of the session: "stayed on the beat?". */
    public static final class BlockItem {
        private final int index;
        private final String name;
        private final ObjectProperty<Boolean> onBeat = new SimpleObjectProperty<>(this, "onBeat");

        BlockItem(int index, String name) {
            this.index = index;
            this.name = name;
        }

        public int index() { return index; }
        public String name() { return name; }
        public ObjectProperty<Boolean> onBeatProperty() { return onBeat; }
    }

    private final SessionRecord session;
    private final List<ExerciseItem> exercises;
    private final List<BlockItem> blocks;
    private final ObjectProperty<Integer> pain = new SimpleObjectProperty<>(this, "pain");
    private final ObjectProperty<Integer> stiffness = new SimpleObjectProperty<>(this, "stiffness");
    private final BooleanProperty cramp = new SimpleBooleanProperty(this, "cramp");
    private final ObjectProperty<String> crampExercise = new SimpleObjectProperty<>(this, "crampExercise");
    private final Map<RedFlag, BooleanProperty> redFlags = new EnumMap<>(RedFlag.class);
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ReadOnlyBooleanWrapper warning = new ReadOnlyBooleanWrapper(this, "warning");

    /**
     * @param exerciseNames an exercise's display name by id (may return {@code null}: the id is shown)
     * @param blockNames    what to call a block the session recorded without a name ("Block 2")
     */
    public RatingModel(SessionRecord session, Function<String, String> exerciseNames, IntFunction<String> blockNames) {
        this.session = Objects.requireNonNull(session);
        // "Which side was harder?" needs each foot to have worked on its own: not a right-only heel raise.
        Map<String, Set<Side>> alone = new LinkedHashMap<>();
        Map<Integer, Boolean> rhythmic = new LinkedHashMap<>();
        for (StepRecord step : session.steps()) {
            if (step.started()) {
                Set<Side> feet = alone.computeIfAbsent(step.exercise(), id -> EnumSet.noneOf(Side.class));
                if (step.oneSided()) {
                    for (Side foot : List.of(Side.RIGHT, Side.LEFT)) {
                        if (step.foot(foot) != null && step.foot(foot).repsDone() > 0) {
                            feet.add(foot);
                        }
                    }
                }
                rhythmic.merge(step.block(), step.holdSeconds() <= 0, Boolean::logicalAnd);
            }
        }
        List<ExerciseItem> items = new ArrayList<>();
        alone.forEach((id, feet) -> {
            String name = exerciseNames == null ? null : exerciseNames.apply(id);
            items.add(new ExerciseItem(id, name == null ? id : name, feet.size() == 2));
        });
        exercises = Collections.unmodifiableList(items);
        List<BlockItem> blockItems = new ArrayList<>();
        for (BlockTempo tempo : session.tempos()) {
            // Every block played on beats, the song's too: that is where staying on the beat is hardest.
            if (Boolean.TRUE.equals(rhythmic.get(tempo.block()))) {
                blockItems.add(new BlockItem(tempo.block(), tempo.name() == null ? blockNames.apply(tempo.block()) : tempo.name()));
            }
        }
        blocks = Collections.unmodifiableList(blockItems);
        BooleanBinding any = Bindings.createBooleanBinding(() -> false);
        for (RedFlag flag : RedFlag.values()) {
            BooleanProperty property = new SimpleBooleanProperty(this, flag.json());
            redFlags.put(flag, property);
            any = any.or(property);
        }
        warning.bind(any);
        if (session.ratings() != null) {
            load(session.ratings());
        }
    }

    /** Fills the questions from earlier ratings (to change them). */
    private void load(Ratings ratings) {
        pain.set(ratings.pain());
        stiffness.set(ratings.stiffness());
        cramp.set(ratings.anyCramp());
        ratings.exercises().stream().filter(ExerciseRating::cramp).findFirst()
                .ifPresent(r -> crampExercise.set(r.exercise()));
        note.set(ratings.note() == null ? "" : ratings.note());
        for (RedFlag flag : ratings.allRedFlags()) {
            redFlags.get(flag).set(true);
        }
        for (ExerciseItem item : exercises) {
            ratings.exercise(item.id()).ifPresent(r -> {
                item.effort.set(r.effort());
                item.toesRelaxed.set(r.formOk());
                if (r.harderSide() != null) {
                    item.harderSide.set(r.harderSide() == Side.LEFT ? HarderSide.LEFT : HarderSide.RIGHT);
                }
            });
        }
        for (BlockItem block : blocks) {
            ratings.onBeat(block.index()).ifPresent(block.onBeat::set);
        }
    }

    public SessionRecord session() { return session; }
    public List<ExerciseItem> exercises() { return exercises; }
    public List<BlockItem> blocks() { return blocks; }
    /** Pain during the session 0–10, {@code null} when not rated. */
    public ObjectProperty<Integer> painProperty() { return pain; }
    public ObjectProperty<Integer> stiffnessProperty() { return stiffness; }
    public BooleanProperty crampProperty() { return cramp; }
    /** The exercise the cramp came in (an id of {@link #exercises()}), or {@code null}: not known. */
    public ObjectProperty<String> crampExerciseProperty() { return crampExercise; }
    public BooleanProperty redFlagProperty(RedFlag flag) { return redFlags.get(flag); }
    public StringProperty noteProperty() { return note; }
    /** A warning sign is ticked: show the safety message. */
    public ReadOnlyBooleanProperty warningProperty() { return warning.getReadOnlyProperty(); }

    /** The answers as ratings, for {@code HistoryStore.rate(session.id(), ratings)}. */
    public Ratings ratings() {
        Ratings ratings = Ratings.of(pain.get(), stiffness.get());
        for (ExerciseItem item : exercises) {
            Side side = item.harderSide.get() == null || item.harderSide.get() == HarderSide.SAME ? null
                    : item.harderSide.get() == HarderSide.LEFT ? Side.LEFT : Side.RIGHT;
            // The coach's cramp rule (R7) cuts reps for the exercise named here.
            boolean crampHere = cramp.get() && item.id().equals(crampExercise.get());
            if (item.effort.get() != null || side != null || item.toesRelaxed.get() != null || crampHere) {
                ratings = ratings.with(ExerciseRating.of(item.id(), item.effort.get())
                        .withHarderSide(side).withFormOk(item.toesRelaxed.get()).withCramp(crampHere));
            }
        }
        for (BlockItem block : blocks) {
            if (block.onBeat.get() != null) {
                ratings = ratings.withOnBeat(block.index(), block.onBeat.get());
            }
        }
        EnumSet<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
        redFlags.forEach((flag, property) -> {
            if (property.get()) {
                flags.add(flag);
            }
        });
        String text = note.get() == null ? null : note.get().strip();
        if (text != null && text.length() > Ratings.MAX_NOTE) {
            text = text.substring(0, Ratings.MAX_NOTE);
        }
        if (session.ratings() != null) {
            ratings = ratings.withMorning(session.ratings().morningPain(), session.ratings().morningStiffness());
        }
        // A cramp tied to an exercise is kept on that exercise alone; the session-wide flag is for "not sure where".
        boolean tied = cramp.get() && crampExercise.get() != null
                && exercises.stream().anyMatch(e -> e.id().equals(crampExercise.get()));
        return ratings.withRedFlags(flags).withCramp(cramp.get() && !tied).withNote(text);
    }
}
