package org.toetempo.ui.library;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.Wording;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;

/** The routine library: a searchable list of routines beside the details of the one selected. */
public final class LibraryView extends BorderPane {

    private final ListView<RoutineLibrary.Entry> list = new ListView<>();
    private final RoutineDetails details;
    private final TextField search = new TextField();
    private final ObservableList<RoutineLibrary.Entry> entries = FXCollections.observableArrayList();
    private final Supplier<RoutineLibrary> loader;

    /**
     * @param loader  reads the routines afresh (called now and on Reload)
     * @param onStart what the Start button does with the chosen routine
     */
    public LibraryView(Supplier<RoutineLibrary> loader, Path userRoutines, java.util.function.Consumer<Routine> onStart) {
        this.loader = loader;
        this.details = new RoutineDetails(onStart);
        getStyleClass().add("library-view");

        Label title = new Label("Toe Tempo");
        title.getStyleClass().add("app-title");
        search.setPromptText("Search routines");
        search.setAccessibleText("Search routines");
        search.setId("library-search");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button reload = new Button("Reload");
        reload.setId("library-reload");
        reload.setTooltip(new Tooltip("Read the routine files again, e.g. after fixing one"));
        reload.setOnAction(event -> reload());
        HBox header = new HBox(12, title, spacer, search, reload);
        header.getStyleClass().add("app-header");
        setTop(header);

        entries.setAll(loader.get().entries());
        FilteredList<RoutineLibrary.Entry> shown = new FilteredList<>(entries);
        search.textProperty().addListener((obs, old, text) -> shown.setPredicate(entry -> matches(entry, text)));
        list.setItems(shown);
        list.setId("routine-list");
        list.setAccessibleText("Routines");
        list.setCellFactory(view -> new EntryCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> details.show(entry));

        ScrollPane detailsScroll = new ScrollPane(details);
        detailsScroll.setFitToWidth(true);
        detailsScroll.getStyleClass().add("details-scroll");

        Label folder = new Label("Your routines folder: " + userRoutines);
        folder.getStyleClass().add("muted");
        VBox left = new VBox(8, list, folder);
        left.setPadding(new Insets(0, 0, 8, 0));
        VBox.setVgrow(list, Priority.ALWAYS);

        SplitPane split = new SplitPane(left, detailsScroll);
        split.setDividerPositions(0.38);
        setCenter(split);

        if (!shown.isEmpty()) {
            list.getSelectionModel().select(0);
        }
    }

    /** Selects the routine with this id, if it is listed. */
    public void select(String id) {
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

    /** Reads the files again and keeps the same routine (or file) selected. */
    void reload() {
        RoutineLibrary.Entry selected = list.getSelectionModel().getSelectedItem();
        entries.setAll(loader.get().entries());
        if (selected != null) {
            entries.stream().filter(e -> e.location().equals(selected.location())).findFirst()
                    .ifPresent(e -> list.getSelectionModel().select(e));
        }
        details.show(list.getSelectionModel().getSelectedItem());
    }

    private static boolean matches(RoutineLibrary.Entry entry, String text) {
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

    /** A two-line cell: the routine's name, then its length, frequency and origin. */
    private static final class EntryCell extends ListCell<RoutineLibrary.Entry> {
        private final Label name = new Label();
        private final Label meta = new Label();
        private final VBox box = new VBox(2, name, meta);

        EntryCell() {
            name.getStyleClass().add("entry-name");
            meta.getStyleClass().add("entry-meta");
        }

        @Override
        protected void updateItem(RoutineLibrary.Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            String origin = entry.origin() == RoutineLibrary.Origin.BUILT_IN ? "Built-in" : "Yours";
            if (entry.ok()) {
                Routine r = entry.routine();
                name.setText(r.name());
                meta.setText(Wording.duration(r.duration()) + " · " + Wording.frequency(r.frequency()) + " · "
                        + Wording.label(r.difficulty()) + " · " + origin);
                pseudoClassStateChanged(RoutineDetails.BROKEN, false);
            } else {
                name.setText(Path.of(entry.location()).getFileName().toString());
                meta.setText(entry.result().problems().size() + " problem(s) · " + origin);
                pseudoClassStateChanged(RoutineDetails.BROKEN, true);
            }
            setAccessibleText(name.getText());
            setGraphic(box);
        }
    }
}
