package org.toetempo.cli;

import org.toetempo.routine.Routine;
import org.toetempo.routine.Wording;
import org.toetempo.text.Messages;
import org.toetempo.timing.PlayOptions;
import picocli.CommandLine.Option;

/** The {@code --bpm} and {@code --stage} options of the commands that play a routine ({@code @Mixin}). */
final class PlayChoices {

    @Option(names = "--bpm", paramLabel = "N", description = "Play every block at N beats per minute (within the routine's range).")
    private Double bpm;

    @Option(names = "--stage", paramLabel = "ID", description = "For a programme: the stage to play (default: the first).")
    private String stage;

    /**
     * The play options chosen, with the cue texts in the language of {@code words}, checked against the routine;
     * {@link BadInput} when one does not fit it.
     */
    PlayOptions options(Routine routine, Messages words) {
        PlayOptions options = PlayOptions.defaults().inLanguage(words.language());
        if (bpm != null) {
            if (!routine.tempo().allows(bpm)) {
                throw new BadInput(words.get("cli.bpm-outside", Wording.number(bpm), routine.id(),
                        Wording.number(routine.tempo().minBpm()), Wording.number(routine.tempo().maxBpm())));
            }
            options = options.withBpm(bpm);
        }
        RoutineArgument.checkStage(routine, stage, words);
        return stage == null ? options : options.withStage(stage);
    }
}
