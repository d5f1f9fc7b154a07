package org.toetempo.history;

/**
 * A warning sign from the catalogue's global safety screen: any of these stops the exercise at once, hides hops
 * and heel raises, and asks the user to see a clinician (rule R4).
 */
public enum RedFlag {
    /** Sharp, stabbing or escalating pain. */
    SHARP_PAIN,
    /** New swelling. */
    NEW_SWELLING,
    /** Numbness, tingling, burning or less feeling in the foot. */
    NUMBNESS_OR_TINGLING,
    /** A tender spot on a foot bone, or pain worse at night (possible stress fracture). */
    BONE_TENDERNESS;

    public String json() {
        return Names.json(this);
    }

    /** Plain English for the screens and the CSV. */
    public String describe() {
        return switch (this) {
            case SHARP_PAIN -> "sharp or stabbing pain";
            case NEW_SWELLING -> "new swelling";
            case NUMBNESS_OR_TINGLING -> "numbness or tingling";
            case BONE_TENDERNESS -> "a tender spot on a bone";
        };
    }
}
