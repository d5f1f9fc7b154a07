/**
 * The session log: session records, their crash-safe store, streaks, the History screen's figures, timing
 * self-checks and the CSV export. The coach that reads it is {@code org.toetempo.progress}. Imports nothing from
 * JavaFX (an architecture test keeps it so); the screens are built on top.
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
 * any damaged bytes aside in {@code sessions-damaged-*.log} and keeps everything readable around them.
 */
package org.toetempo.history;
