/**
 * The coach: progression and regression suggestions from the exercise catalogue's section 4, read from the
 * session history ({@code org.toetempo.history}), and the user's accepted plan. Imports nothing from JavaFX.
 *
 * <h2>How the app uses it</h2>
 * <ol>
 *   <li><b>Before a session</b>: {@link org.toetempo.progress.Coach#suggest} gives the
 *       {@link org.toetempo.progress.Suggestion}s; an accepted one goes through
 *       {@link org.toetempo.progress.ProgressPlan#accept} and is saved with
 *       {@link org.toetempo.progress.ProgressPlanStore#save}; the routine is then played with
 *       {@link org.toetempo.progress.ProgressPlan#playOptions} (levels, doses, steps left out, stage, tempos). A
 *       programme's week and stage gate: {@link org.toetempo.progress.ProgrammeStatus#of}.</li>
 * </ol>
 * The user's accepted changes are in {@code <data folder>/progress.json}, written atomically.
 *
 * <h2>Rules implemented</h2>
 * P1 (easy twice, pain ≤ 3 → +5 s hold or +2 reps up to a cap, then the next level), P2 (one level change per
 * exercise in a rolling week; never level and tempo in the same session), P3 and P4 (short foot gates), P5
 * (balance 30 → 45 → 60 s; soft surfaces after an eyes-closed hold over 15 s), P8 (±10 BPM per rhythmic block),
 * P9 (one extra set on the weaker side), P10 (stage gate: 80% of the stage's sessions, no pain rule in the last
 * week; else repeat the week), P11 (a break of more than 7 days: one level or stage lower for a week, then back),
 * P12 (three easy sessions while moving to minimalist shoes); R2 (pain 4–5: same dose this week), R3 (pain over 5
 * or a worse next morning: a level down or ~40% less), R4 (warning signs: stop, hide hops and heel raises, see a
 * clinician; nothing else is suggested), R5 (R3 twice running, or pain rising three weeks running: pause and
 * review), R6 (hard twice: one step down), R7 (cramp: ~30% fewer reps). The numbers are in
 * {@link org.toetempo.progress.Rules}.
 */
package org.toetempo.progress;
