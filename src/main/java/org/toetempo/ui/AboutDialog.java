package org.toetempo.ui;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.toetempo.about.BuildInfo;
import org.toetempo.settings.Settings;
import org.toetempo.text.Messages;

/** About Toe Tempo: the version from the build and the licences of everything it bundles. */
final class AboutDialog {

    private AboutDialog() {
    }

    static Stage show(Window owner, Settings.Theme theme, Messages text) {
        Label name = new Label(BuildInfo.nameAndVersion());
        name.getStyleClass().add("title-2");
        name.setId("about-version");
        Label what = new Label(text.get("about.what"));
        what.setWrapText(true);
        HBox top = new HBox(16, new ImageView(AppIcon.image(64)), new VBox(6, name, what));
        TextArea notice = new TextArea(BuildInfo.thirdPartyNotice());
        notice.setEditable(false);
        notice.setWrapText(true);
        notice.setId("about-licences");
        notice.setPrefRowCount(18);
        VBox.setVgrow(notice, Priority.ALWAYS);
        Stage dialog = new Stage();
        Button close = new Button(text.get("about.close"));
        close.setDefaultButton(true);
        close.setCancelButton(true);
        close.setOnAction(e -> dialog.close());
        HBox buttons = new HBox(close);
        buttons.setStyle("-fx-alignment: center-right;");
        VBox root = new VBox(12, top, notice, buttons);
        root.setPadding(new Insets(20));
        root.setPrefWidth(640);
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(text.get("about.title"));
        Scene scene = new Scene(root);
        Theme.apply(scene, theme);
        dialog.setScene(scene);
        dialog.show();
        return dialog;
    }
}
