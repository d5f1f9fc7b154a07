package org.toetempo.routine;

/** A routine using every field of the format, with exercises of its own (shared by the writer and editor tests). */
public final class EveryFieldRoutine {

    private EveryFieldRoutine() {
    }

    public static final String TEXT = """
            {
              "$schema": "./schema/routine.schema.json",
              "format": 1,
              "id": "every-field",
              "name": "Every Field",
              "summary": "Uses every field of the format once.",
              "purpose": "Proves the writer loses nothing.",
              "audience": ["rehab", "clinic"],
              "difficulty": "challenging",
              "duration": { "minutes": 12.5, "tolerance_minutes": 2 },
              "frequency": { "times": 2, "per": "day", "note": "Morning and evening." },
              "setup": "Barefoot, a chair within reach.",
              "equipment": ["Chair", "Towel"],
              "safety": ["Stop if you feel sharp pain.", "Keep support within reach."],
              "credits": ["Written for a test."],
              "notes": ["Progress slowly.", "Evidence: none, it is a test."],
              "tempo": {
                "bpm": 72,
                "min_bpm": 30,
                "max_bpm": 150,
                "ramp_to_bpm": 90,
                "source": "song",
                "count_in_beats": 8,
                "beats_per_bar": 3,
                "half_time_above_bpm": 130.5
              },
              "exercises": {
                "towel-scrunch": {
                  "name": "Towel Scrunch",
                  "aliases": ["Towel grab"],
                  "start": "Sit with a towel under your foot.",
                  "instructions": ["Grab the towel with your toes.", "Let go."],
                  "cues": ["Toes only", "Heel stays down"],
                  "mistakes": ["Lifting the heel."],
                  "targets": ["Toe flexors"],
                  "equipment": ["Towel"],
                  "figure": "all-toes",
                  "phases": [
                    { "action": "grab", "beats": 2, "cue": "grab" },
                    { "action": "hold", "seconds": 2.5 },
                    { "action": "release", "beats": 1, "cue": "let go", "part": "lesser-toes" }
                  ],
                  "levels": [
                    { "id": "light", "name": "Light towel", "how": "A thin towel." },
                    { "id": "heavy", "name": "Heavy towel", "how": "A bath towel.",
                      "phases": [ { "action": "grab", "beats": 4, "cue": "grab" }, { "action": "release", "beats": 2 } ] },
                    { "id": "weighted", "name": "Weighted", "how": "A book on the towel." }
                  ],
                  "default_level": "heavy",
                  "safety": ["Stop if the arch cramps."],
                  "source": "A test."
                },
                "plain-hold": {
                  "name": "Plain Hold",
                  "start": "Stand.",
                  "instructions": ["Hold still."],
                  "cues": ["Still"],
                  "figure": "balance",
                  "phases": [ { "action": "hold", "seconds": 10, "cue": "hold" } ]
                },
                "unused-own": {
                  "name": "Unused",
                  "start": "Sit.",
                  "instructions": ["Nothing."],
                  "cues": ["Nothing"],
                  "figure": "heel",
                  "phases": [ { "action": "lift", "beats": 1 } ],
                  "levels": [ { "id": "only", "name": "Only", "how": "Only way." } ]
                }
              },
              "stages": [
                { "id": "a", "name": "Stage A", "weeks": { "from": 1, "to": 2 },
                  "frequency": { "times": 4, "per": "week" }, "note": "Move on when easy." },
                { "id": "b", "name": "Stage B", "weeks": { "from": 3, "to": 6 } }
              ],
              "blocks": [
                {
                  "name": "Slow",
                  "stage": "a",
                  "tempo": { "bpm": 60, "min_bpm": 40, "max_bpm": 100, "ramp_to_bpm": 80, "source": "metronome" },
                  "rest_after_s": 30,
                  "note": "Take your time.",
                  "steps": [
                    {
                      "exercise": "towel-scrunch",
                      "title": "Part A: scrunch",
                      "level": "light",
                      "side": "alternating",
                      "sets": 3,
                      "reps": 8,
                      "phases": [ { "action": "grab", "beats": 1, "cue": "in" }, { "action": "release", "beats": 1 } ],
                      "rest_between_sets_s": 15.5,
                      "rest_after_s": 20,
                      "tempo": { "bpm": 50 },
                      "cues": ["Slow", "Heel down"],
                      "prompt": "Which foot was easier?",
                      "note": "Use a thin towel.",
                      "optional": true
                    },
                    {
                      "exercise": "towel-scrunch",
                      "only_at_level": "heavy",
                      "side": "both",
                      "for_seconds": 45,
                      "tempo": {}
                    }
                  ]
                },
                {
                  "name": "To a song",
                  "stage": "b",
                  "tempo": { "source": "song" },
                  "repeat": { "seconds": 120, "until_song_ends": true },
                  "steps": [
                    { "exercise": "single-big-toe-raise", "level": "seated", "side": "right-then-left", "reps": 10 },
                    { "exercise": "plain-hold", "side": "left-then-right", "for_seconds": 30.25 }
                  ]
                },
                {
                  "name": "Plain",
                  "stage": "b",
                  "repeat": { "seconds": 60 },
                  "steps": [ { "exercise": "toe-fan", "side": "right", "reps": 5 } ]
                }
              ]
            }
            """;
}
