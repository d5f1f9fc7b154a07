package org.toetempo.routine;

import java.util.List;
import java.util.Optional;

/**
 * An exercise, defined once and referenced by the steps of routines.
 *
 * @param levels       easiest first; may be empty
 * @param defaultLevel the level used when a step names none, or {@code null} when there are no levels
 * @param clip         the physio's video of one rep, or {@code null}; a level may have its own
 */
public record Exercise(
        String id,
        String name,
        List<String> aliases,
        String start,
        List<String> instructions,
        List<String> cues,
        List<String> mistakes,
        List<String> targets,
        List<String> equipment,
        FootPart figure,
        List<Phase> phases,
        List<Level> levels,
        String defaultLevel,
        List<String> safety,
        String source,
        Clip clip) {

    /** An exercise without a video. */
    public Exercise(String id, String name, List<String> aliases, String start, List<String> instructions,
                    List<String> cues, List<String> mistakes, List<String> targets, List<String> equipment,
                    FootPart figure, List<Phase> phases, List<Level> levels, String defaultLevel, List<String> safety,
                    String source) {
        this(id, name, aliases, start, instructions, cues, mistakes, targets, equipment, figure, phases, levels,
                defaultLevel, safety, source, null);
    }

    /** The video for a step at {@code levelId} (may be {@code null}): the level's own, else the exercise's, else none. */
    public Clip clipAt(String levelId) {
        if (levelId != null) {
            Clip own = level(levelId).map(Level::clip).orElse(null);
            if (own != null) {
                return own;
            }
        }
        return clip;
    }

    public Exercise withClip(Clip newClip) {
        return new Exercise(id, name, aliases, start, instructions, cues, mistakes, targets, equipment, figure, phases,
                levels, defaultLevel, safety, source, newClip);
    }

    public Optional<Level> level(String levelId) {
        return levels.stream().filter(level -> level.id().equals(levelId)).findFirst();
    }

    /** Position of a level in the ladder (0 = easiest), or -1 if the exercise has no such level. */
    public int levelIndex(String levelId) {
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).id().equals(levelId)) {
                return i;
            }
        }
        return -1;
    }
}
