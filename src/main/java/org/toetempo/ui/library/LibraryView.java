package org.toetempo.ui.library;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.toetempo.routine.Audience;
import org.toetempo.routine.LoadResult;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.text.Language;
import org.toetempo.text.Messages;
import org.toetempo.timing.PlayOptions;
import org.toetempo.timing.PlayedRoutine;
import org.toetempo.ui.controls.ShrinkingBar;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The routine library: a searchable list of routines beside the details of the one selected. */
public final class LibraryView extends BorderPane {

    private final ListView<RoutineLibrary.Entry> list = new ListView<>();
    private final RoutineDetails details;
    private final TextField search = new TextField();
    private final ObservableList<RoutineLibrary.Entry> entries = FXCollections.observableArrayList();
    private final ComboBox<Audience> audience = new ComboBox<>();
    private final Button themeToggle = new Button();
    private final Button language = new Button();
    private final Button about = new Button(null, new FontIcon(Feather.INFO));
    private final Button soundTiming = new Button(null, new FontIcon(Feather.HEADPHONES));
    private final Button historyButton = new Button(null, new FontIcon(Feather.BAR_CHART_2));
    private final Button newRoutine = new Button(null, new FontIcon(Feather.PLUS));
    private final Button importButton = new Button(null, new FontIcon(Feather.DOWNLOAD));
    private final Button reload = new Button(null, new FontIcon(Feather.REFRESH_CW));
    private final Words words;
    private final ShrinkingBar header = new ShrinkingBar(8);
    private final Supplier<RoutineLibrary> loader;
    private Levels levels = Levels.asWritten();
    private final Executor background;
    private final Executor fx;
    /** Counts reads, so that only the newest one's answer is shown. */
    private long reads;
    /** A routine to select once the read under way has finished (e.g. one just imported). */
    private String selectWhenRead;
    private boolean reading;
    /** The options each card (by file) was last drawn with. */
    private Map<String, PlayOptions> cardOptions = Map.of();

    /**
     * Reads the routines now, on the caller's thread (tests and the offscreen snapshot).
     *
     * @param loader  reads the routines afresh (called now and on Reload)
     * @param onStart what the Start button does with the chosen routine
     */
    public LibraryView(Messages text, Supplier<RoutineLibrary> loader, Path userRoutines, Consumer<Routine> onStart) {
        this(text, loader, Runnable::run, Runnable::run, userRoutines, onStart);
    }

    /**
     * Reads the routines on {@code background} and shows them through {@code fx}, so that the window can show
     * at once and Reload never blocks it.
     *
     * @param loader  reads the routines afresh (called now and on Reload)
     * @param onStart what the Start button does with the chosen routine
     */
    public LibraryView(Messages text, Supplier<RoutineLibrary> loader, Executor background, Executor fx, Path userRoutines,
                       Consumer<Routine> onStart) {
        this.words = new Words(text);
        this.loader = loader;
        this.background = background;
        this.fx = fx;
        this.details = new RoutineDetails(words, onStart);
        details.setOnLevelChanged(this::refreshCards);
        getStyleClass().add("library-view");

        Label title = new Label(text.get("library.title"));
        title.getStyleClass().add("app-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        search.setPromptText(text.get("library.search"));
        search.setAccessibleText(text.get("library.search"));
        search.setId("library-search");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        audience.getItems().add(null);
        audience.getItems().addAll(Audience.values());
        audience.setConverter(new StringConverter<>() {
            @Override
            public String toString(Audience a) {
                return a == null ? text.get("library.audience.everyone") : switch (a) {
                    case RUNNER -> text.get("library.audience-filter.runner");
                    case WARM_UP -> text.get("library.audience-filter.warm-up");
                    case POST_RUN -> text.get("library.audience-filter.post-run");
                    case REHAB -> text.get("library.audience-filter.rehab");
                    case CLINIC -> text.get("library.audience-filter.clinic");
                };
            }

            @Override
            public Audience fromString(String text) {
                return null;
            }
        });
        audience.setId("audience-filter");
        audience.setAccessibleText(text.get("library.audience-filter"));
        audience.getSelectionModel().selectFirst();
        audience.setMinWidth(Region.USE_PREF_SIZE);
        reload.setId("library-reload");
        reload.setOnAction(event -> reload());
        reload.setText(text.get("library.reload"));
        describe(reload, text.get("library.reload.tip"));
        soundTiming.setId("sound-timing");
        soundTiming.setText(text.get("library.sound-timing"));
        describe(soundTiming, text.get("library.sound-timing.tip"));
        historyButton.setId("show-history");
        historyButton.setText(text.get("library.history"));
        describe(historyButton, text.get("library.history.tip"));
        newRoutine.setId("library-new");
        newRoutine.setText(text.get("library.new"));
        describe(newRoutine, text.get("library.new.tip"));
        importButton.setId("library-import");
        importButton.setText(text.get("library.import"));
        describe(importButton, text.get("library.import.tip"));
        // The search box gives way first, down to its hint; then buttons drop their words (icon, tooltip and
        // accessible name stay).
        search.setMinWidth(150);
        HBox.setHgrow(search, Priority.SOMETIMES);
        about.setId("library-about");
        about.setTooltip(new Tooltip(text.get("library.about.tip")));
        about.setAccessibleText(text.get("library.about"));
        about.setMinWidth(Region.USE_PREF_SIZE);
        header.getChildren().setAll(title, spacer, audience, search, reload, newRoutine, importButton, historyButton,
                soundTiming, language, themeToggle, about);
        header.shrinkInOrder(soundTiming, importButton, reload, newRoutine, historyButton, language);
        // Last of all the title steps aside: the window's title still names the app.
        header.hideLastOf(title);
        header.getStyleClass().add("app-header");
        header.setId("library-header");
        setTop(header);

        FilteredList<RoutineLibrary.Entry> shown = new FilteredList<>(entries);
        search.textProperty().addListener(o -> shown.setPredicate(this::matches));
        audience.valueProperty().addListener(o -> shown.setPredicate(this::matches));
        list.setItems(shown);
        list.setId("routine-list");
        list.setPlaceholder(new Label(text.get("library.reading")));
        list.setAccessibleText(text.get("library.routines"));
        list.setCellFactory(view -> new EntryCell(view, words, () -> levels));
        themeToggle.setId("theme-toggle");
        themeToggle.setMinWidth(Region.USE_PREF_SIZE);
        language.setId("library-language");
        language.setMinWidth(Region.USE_PREF_SIZE);
        setThemeToggle(() -> { }, false);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> details.show(entry));

        ScrollPane detailsScroll = new ScrollPane(details);
        detailsScroll.setFitToWidth(true);
        detailsScroll.getStyleClass().add("details-scroll");

        Label folder = new Label(text.get("library.folder", userRoutines.toString()));
        folder.getStyleClass().add("muted");
        // A long path wraps (breaking inside it if it must) rather than being cut.
        folder.setWrapText(true);
        folder.setMinHeight(Region.USE_PREF_SIZE);
        folder.setMaxWidth(Double.MAX_VALUE);
        VBox left = new VBox(8, list, folder);
        left.setPadding(new Insets(0, 0, 8, 0));
        VBox.setVgrow(list, Priority.ALWAYS);

        SplitPane split = new SplitPane(left, detailsScroll);
        split.setDividerPositions(0.38);
        setCenter(split);

        reload();
    }

    /** A labelled button that may lose its label in a narrow window: the tooltip and accessible name keep the words. */
    private void describe(Button button, String what) {
        button.setTooltip(new Tooltip(words.text().get("library.button-tip", button.getText(), what)));
        button.setAccessibleText(button.getText().replace("…", ""));
    }

    /** How many of the header's buttons show only their icon (the window is too narrow for their words). */
    public int headerIconOnlyCount() {
        return header.iconOnlyCount();
    }

    /** The language button: shows the language in use; what it does is up to the app (choose another). */
    public void setLanguageChoice(String current, Runnable action) {
        language.setText(current);
        language.setGraphic(new FontIcon(Feather.GLOBE));
        language.setTooltip(new Tooltip(words.text().get("library.language.tip", current)));
        language.setAccessibleText(words.text().get("library.language", current));
        language.setOnAction(e -> action.run());
    }

    /** The sun/moon button: what it does is up to the app (switch theme and save the choice). */
    public void setThemeToggle(Runnable action, boolean dark) {
        themeToggle.setGraphic(new FontIcon(dark ? Feather.SUN
                : Feather.MOON));
        Messages text = words.text();
        themeToggle.setTooltip(new Tooltip(dark ? text.get("library.theme.light") : text.get("library.theme.dark")));
        themeToggle.setAccessibleText(dark ? text.get("library.theme.to-light") : text.get("library.theme.to-dark"));
        themeToggle.setOnAction(e -> action.run());
    }

    /** Edit (a user routine) or Duplicate and edit (a built-in). */
    public void setOnEdit(Consumer<RoutineLibrary.Entry> action) {
        details.setOnEdit(action);
    }

    public void setOnHandout(Consumer<Routine> action) {
        details.setOnHandout(action);
    }

    /** Export audio… for the routine shown. */
    public void setOnExportAudio(Consumer<Routine> action) {
        details.setOnExportAudio(action);
    }

    /** "Add to calendar…" for the chosen routine. */
    public void setOnCalendar(Consumer<Routine> action) {
        details.setOnCalendar(action);
    }

    /** The user's levels: what the cards and details show, and where a level picked in the details is kept. */
    public void setLevels(Levels value) {
        levels = value;
        details.setLevels(value);
        refreshCards();
    }

    /** Redraws the cards when a routine's length at the user's levels changed (only then: a redraw costs). */
    private void refreshCards() {
        Map<String, PlayOptions> now = cardOptionsNow();
        if (!now.equals(cardOptions)) {
            cardOptions = now;
            list.refresh();
        }
    }

    private Map<String, PlayOptions> cardOptionsNow() {
        Map<String, PlayOptions> now = new HashMap<>();
        for (RoutineLibrary.Entry entry : entries) {
            if (entry.ok()) {
                now.put(entry.location(), levels.options(entry.routine()));
            }
        }
        return now;
    }

    public void setOnNew(Runnable action) {
        newRoutine.setOnAction(e -> action.run());
    }

    public void setOnImport(Runnable action) {
        importButton.setOnAction(e -> action.run());
    }

    /** What the About button does (version and licences). */
    public void setOnAbout(Runnable action) {
        about.setOnAction(e -> action.run());
    }

    /** What the History button does. */
    public void setOnHistory(Runnable action) {
        historyButton.setOnAction(e -> action.run());
    }

    /** What the Sound timing button does (the latency calibration). */
    public void setOnSoundTiming(Runnable action) {
        soundTiming.setOnAction(e -> action.run());
    }

    /** Selects the routine with this id, if it is listed. */
    public void select(String id) {
        if (selectWhenRead != null || reading) {
            selectWhenRead = id;
            return;
        }
        list.getItems().stream().filter(e -> e.ok() && e.routine().id().equals(id)).findFirst()
                .ifPresent(e -> {
                    list.getSelectionModel().select(e);
                    list.scrollTo(e);
                });
    }

    /** Puts keyboard focus on the list, so arrow keys browse at once and the search box shows its hint. */
    public void focusList() {
        list.requestFocus();
    }

    /** Reads the files again and keeps the same routine (or file) selected; the first read selects the first. */
    public void reload() {
        long read = ++reads;
        reading = true;
        background.execute(() -> {
            RoutineLibrary library = loader.get();
            fx.execute(() -> {
                if (read == reads) {
                    reading = false;
                    show(library);
                }
            });
        });
    }

    private void show(RoutineLibrary library) {
        RoutineLibrary.Entry selected = list.getSelectionModel().getSelectedItem();
        entries.setAll(library.entries());
        cardOptions = cardOptionsNow();
        if (selected != null) {
            entries.stream().filter(e -> e.location().equals(selected.location())).findFirst()
                    .ifPresent(e -> list.getSelectionModel().select(e));
        } else if (!list.getItems().isEmpty()) {
            list.getSelectionModel().select(0);
        }
        details.show(list.getSelectionModel().getSelectedItem());
        if (selectWhenRead != null) {
            String id = selectWhenRead;
            selectWhenRead = null;
            select(id);
        }
    }

    private boolean matches(RoutineLibrary.Entry entry) {
        Audience wanted = audience.getValue();
        if (wanted != null && (!entry.ok() || !entry.routine().audience().contains(wanted))) {
            return false;
        }
        String text = search.getText();
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.toLowerCase(Locale.ROOT).strip();
        if (!entry.ok()) {
            return entry.location().toLowerCase(Locale.ROOT).contains(needle);
        }
        Routine r = entry.routine();
        String haystack = String.join(" ", r.name(), r.summary(), r.purpose(), r.id(),
                String.join(" ", r.exercises().values().stream().map(e -> e.name()).toList())).toLowerCase(Locale.ROOT);
        return haystack.contains(needle);
    }

    /**
     * A routine as a card: name, summary, then length, frequency, level, equipment and audience. The first card of
     * each origin carries the heading "Built-in routines" or "Your routines", so the two stay apart.
     */
    private static final class EntryCell extends ListCell<RoutineLibrary.Entry> {

        private final Supplier<Levels> levels;
        private final Words words;
        private final Label section = new Label();
        private final Label name = new Label();
        private final Label summary = new Label();
        private final Label meta = new Label();
        private final VBox box = new VBox(2, section, name, summary, meta);

        EntryCell(ListView<RoutineLibrary.Entry> view, Words words, Supplier<Levels> levels) {
            this.levels = levels;
            this.words = words;
            section.getStyleClass().add("section-header");
            name.getStyleClass().add("entry-name");
            summary.getStyleClass().add("entry-summary");
            meta.getStyleClass().add("entry-meta");
            box.setMinWidth(0);
            setPrefWidth(0);
            // A cell asks its graphic for its height at the graphic's own preferred width, where a wrapping label is
            // one long line (cut with "…"). Give the labels the list's width (less the cell's padding, the list's
            // border and a scroll bar) so they wrap and the cell grows to fit.
            DoubleBinding room = Bindings.createDoubleBinding(
                    () -> Math.max(40, view.getWidth() - snappedLeftInset() - snappedRightInset() - 20),
                    view.widthProperty(), paddingProperty());
            for (Label label : List.of(section, name, summary, meta)) {
                label.setWrapText(true);
                label.setMinHeight(Region.USE_PREF_SIZE);
                label.prefWidthProperty().bind(room);
            }
        }

        @Override
        protected void updateItem(RoutineLibrary.Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            RoutineLibrary.Entry previous = getIndex() > 0 && getIndex() - 1 < getListView().getItems().size()
                    ? getListView().getItems().get(getIndex() - 1) : null;
            boolean firstOfOrigin = previous == null || previous.origin() != entry.origin();
            Messages text = words.text();
            section.setText(entry.origin() == RoutineLibrary.Origin.BUILT_IN ? text.get("library.section.built-in")
                    : text.get("library.section.yours"));
            section.setVisible(firstOfOrigin);
            section.setManaged(firstOfOrigin);
            if (entry.ok()) {
                Routine r = entry.routine();
                name.setText(r.name());
                PlayedRoutine played = PlayedRoutine.of(r, levels.get().options(r));
                summary.setText(played.summary(text));
                summary.setVisible(true);
                summary.setManaged(true);
                LoadResult.Language read = entry.result().language();
                // A routine without a translation for every text shows the rest in its own language: say so.
                String fallback = read.fallsBack() ? text.get("library.partly-in", Language.of(read.own())
                        .map(Language::nativeName).orElse(read.own())) + " · " : "";
                meta.setText(fallback + String.join(" · ", words.about(played.schedule().totalNanos() / 1e9),
                        words.frequency(r.frequency()), words.difficulty(r.difficulty()),
                        r.equipment().isEmpty() ? text.get("library.no-equipment") : r.equipment().size() == 1
                                ? r.equipment().get(0) : text.get("library.items-needed", r.equipment().size()),
                        words.audiences(r.audience())));
                pseudoClassStateChanged(RoutineDetails.BROKEN, false);
            } else {
                name.setText(Path.of(entry.location()).getFileName().toString());
                summary.setVisible(false);
                summary.setManaged(false);
                int count = entry.result().problems().size();
                meta.setText(text.get("library.problems", count));
                pseudoClassStateChanged(RoutineDetails.BROKEN, true);
            }
            setAccessibleText(name.getText());
            setGraphic(box);
        }
    }
}
