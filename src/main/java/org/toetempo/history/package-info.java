/**
 * History and progress: session records, their crash-safe store, streaks, the History screen's figures, and
 * progression suggestions from the exercise catalogue's section 4. Imports nothing from JavaFX (an architecture
 * test keeps it so); the screens are built on top.
 *
 * <h2>How the app uses it</h2>
 * <ol>
 *   <li><b>While playing</b>: a {@link org.toetempo.history.PlayTracker} fed the session's schedule and position
 *       every frame collects the reps really played (jumps are left out, tempo changes followed). With the
 *       timing self-check on, {@link org.toetempo.history.TimingTaps#tap} at each key press; its
 *       {@link org.toetempo.history.TimingTaps#checks} go into the record with
 *       {@link org.toetempo.history.SessionRecord#withTiming}.</li>
 *   <li><b>When the session ends or is stopped</b>:
 *       {@link org.toetempo.history.SessionRecord#of SessionRecord.of(schedule, tracker.result(), started, ended, zone)}
 *       (or {@link org.toetempo.history.SessionRecord#upTo upTo(schedule, reachedNanos, ...)} for a session played
 *       straight through), saved at once with {@link org.toetempo.history.HistoryStore#append}; the rating screen
 *       then saves {@link org.toetempo.history.Ratings} with {@link org.toetempo.history.HistoryStore#rate}, and
 *       the next morning {@link org.toetempo.history.HistoryStore#morningCheck} (ask for the sessions in
 *       {@link org.toetempo.history.History#awaitingMorningCheck}).</li>
 *   <li><b>History screen</b>: {@link org.toetempo.history.HistoryStore#load} (show
 *       {@link org.toetempo.history.LoadReport#message} if not null), then
 *       {@link org.toetempo.history.HistoryOverview#of} for the charts, the list and each routine's
 *       {@link org.toetempo.history.Streak}.</li>
 *   <li><b>Before a session</b>: {@link org.toetempo.progress.Coach#suggest} gives the
 *       {@link org.toetempo.progress.Suggestion}s; an accepted one goes through
 *       {@link org.toetempo.progress.ProgressPlan#accept} and is saved with
 *       {@link org.toetempo.progress.ProgressPlanStore#save}; the routine is then played with
 *       {@link org.toetempo.progress.ProgressPlan#playOptions} (levels, doses, steps left out, stage, tempos). A
 *       programme's week and stage gate: {@link org.toetempo.progress.ProgrammeStatus#of}.</li>
 *   <li><b>Export</b>: {@link org.toetempo.history.CsvExport} (also {@code toetempo history export --csv FILE}).</li>
 * </ol>
 *
 * <h2>The log</h2>
 * {@code <data folder>/history/sessions.log}, append-only, one entry a line:
 * {@code ~tt1 LENGTH CRC32C JSON}. An entry is a session ({@code "kind":"session"}), or refers to one by id:
 * {@code ratings} (given or changed later), {@code morning} (the next-morning check), {@code delete}. A session's
 * JSON ends with {@code "details_bytes":N,"details":{"tempos":[...],"timing":[...],"exercise_ratings":[...],
 * "steps":[...]}}, its bulky part, which loading keeps as bytes until a list in it is read; each step is an array
 * {@code [index, block, step, cycle, exercise, level, side, bpm, hold_s, reps_per_set, [foot, sets_done,
 * sets_planned, reps_done, reps_planned]...]}. Appends are one write and {@code FileChannel.force}; loading sets
 * any damaged bytes aside in {@code sessions-damaged-*.log} and keeps everything readable around them. The
 * user's accepted changes are in {@code <data folder>/progress.json}, written atomically.
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
package org.toetempo.history;
