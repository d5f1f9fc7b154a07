package org.toetempo.handout;

import org.junit.jupiter.api.Test;
import org.toetempo.routine.Action;
import org.toetempo.routine.Exercise;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.FootPart;
import org.toetempo.routine.Side;
import org.toetempo.routine.Step;

import static org.assertj.core.api.Assertions.assertThat;

class KeyPoseTest {

    private static final ExerciseLibrary LIBRARY = ExerciseLibrary.builtIn();

    private static KeyPose pose(String exercise, Side side) {
        Exercise e = LIBRARY.find(exercise).orElseThrow();
        Step step = new Step(exercise, null, null, null, side, 1, 10, 0, null, 0, 0, null, null, null, null, false);
        return KeyPose.of(step, e);
    }

    @Test
    void theKeyPoseIsTheMovementDoneOrHeld() {
        assertThat(pose("single-big-toe-raise", Side.RIGHT)).isEqualTo(new KeyPose(FootPart.BIG_TOE, Action.LIFT, 1, Side.RIGHT));
        assertThat(pose("toe-fan", Side.BOTH).action()).as("lift, spread, lower: the spread").isEqualTo(Action.SPREAD);
        assertThat(pose("short-foot", Side.LEFT).action()).as("dome, hold, release: the dome").isEqualTo(Action.DOME);
        assertThat(pose("rock-out", Side.BOTH).action()).as("no return: the first").isEqualTo(Action.ROLL_OUT);
        assertThat(pose("single-leg-balance", Side.RIGHT).action()).isEqualTo(Action.HOLD);
        assertThat(pose("barefoot-texture-walk", Side.BOTH).progress()).as("a step is highest half way").isEqualTo(0.5);
    }

    @Test
    void stepsOnEachFootInTurnAreDrawnOnTheFootTheyStartWith() {
        assertThat(pose("single-big-toe-raise", Side.RIGHT_THEN_LEFT).side()).isEqualTo(Side.RIGHT);
        assertThat(pose("single-big-toe-raise", Side.LEFT_THEN_RIGHT).side()).isEqualTo(Side.LEFT);
        assertThat(pose("single-big-toe-raise", Side.ALTERNATING).side()).isEqualTo(Side.RIGHT);
        assertThat(pose("double-big-toe-raise", Side.BOTH).side()).isEqualTo(Side.BOTH);
    }
}
