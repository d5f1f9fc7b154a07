package org.toetempo.routine;

/** How the body is placed for an exercise: what the foot figure draws around the foot. */
public enum Posture implements Choice {
    /** On both feet (the default). */
    STANDING,
    /** Sitting, hips and knees at about a right angle, feet flat under the knees. */
    SEATED,
    /** On the working leg; the other foot off the floor. */
    ONE_LEG,
    /** Working foot in front, the back foot on its toes. */
    SPLIT_STANCE,
    /** Sitting with the working foot crossed over the other knee (off the floor). */
    CROSSED_KNEE
}
