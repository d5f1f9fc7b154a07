package org.toetempo.ui.player;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.toetempo.history.TimingCheck;
import org.toetempo.history.TimingSelfCheck;
import org.toetempo.history.TimingTaps;
import org.toetempo.text.Messages;
import org.toetempo.ui.history.HistoryFormat;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The player's "Check my timing" switch, off until the user turns it on for the session. While it is on, Space and
 * Page Down (what foot pedals send) are taps on each lift, timed on the session's clock the moment the key arrives;
 * Enter plays and pauses instead (and Space still starts a session that is not playing, since a tap then means
 * nothing). Install {@link #filter} as a key event filter on the player, so a tap is taken before any control can
 * swallow the key.
 */
public final class TimingCheckControl extends HBox {

    private final TimingTaps taps;
    private final Runnable togglePlay;
    private final Messages text;
    private final ToggleButton toggle;
    private final Label status = new Label();
    /** Keys held down: their auto-repeat is not a tap. */
    private final EnumSet<KeyCode> down = EnumSet.noneOf(KeyCode.class);

    /** @param togglePlay play or pause the session */
    public TimingCheckControl(TimingTaps taps, Runnable togglePlay, Messages text) {
        this.taps = taps;
        this.text = text;
        toggle = new ToggleButton(text.get("timing.toggle"), new FontIcon(Feather.CROSSHAIR));
        this.togglePlay = togglePlay;
        setId("timing-check");
        getStyleClass().add("timing-check");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        toggle.setId("timing-check-toggle");
        // Never focused: Space on a focused toggle would switch it instead of playing or tapping.
        toggle.setFocusTraversable(false);
        toggle.setTooltip(new Tooltip(text.get("timing.toggle.tip")));
        toggle.setAccessibleText(text.get("timing.toggle.accessible"));
        status.setId("timing-check-status");
        status.getStyleClass().add("timing-check-status");
        status.visibleProperty().bind(toggle.selectedProperty());
        status.managedProperty().bind(status.visibleProperty());
        toggle.selectedProperty().addListener((obs, was, on) -> showStatus(Optional.empty()));
        getChildren().addAll(toggle, status);
    }

    /** Puts the switch in the player's bar, its keys in the player's help, and its key filter on the player. */
    public static TimingCheckControl addTo(PlayerView player, TimingTaps taps) {
        Messages text = player.model().text();
        TimingCheckControl control = new TimingCheckControl(taps, player.model()::togglePlay, text);
        player.addControl(control);
        player.addEventFilter(KeyEvent.ANY, control::filter);
        player.addHelp(text.get("timing.key.tap"), text.get("timing.help.tap"));
        player.addHelp(text.get("timing.key.enter"), text.get("timing.help.play"));
        return control;
    }

    public boolean isOn() {
        return toggle.isSelected();
    }

    /** The figures so far, for the session's record. */
    public List<TimingCheck> checks() {
        return taps.checks();
    }

    /** Handles the keys the check takes over while it is on; install for {@link KeyEvent#ANY}. */
    public void filter(KeyEvent event) {
        KeyCode code = event.getCode();
        if (event.getEventType() == KeyEvent.KEY_RELEASED) {
            down.remove(code);
            return;
        }
        if (event.getEventType() != KeyEvent.KEY_PRESSED || !toggle.isSelected()
                || event.getTarget() instanceof TextInputControl) {
            return;
        }
        boolean repeat = !down.add(code);
        if (code == KeyCode.SPACE || code == KeyCode.PAGE_DOWN) {
            if (repeat) {
                event.consume();
                return;
            }
            if (taps.playing()) {
                Optional<TimingSelfCheck.Match> match = taps.tap();
                if (match.isPresent()) {
                    showStatus(match);
                } else {
                    showMiss();
                }
            } else if (code == KeyCode.SPACE) {
                togglePlay.run();
            }
            event.consume();
        } else if (code == KeyCode.ENTER) {
            if (!repeat) {
                togglePlay.run();
            }
            event.consume();
        }
    }

    private void showStatus(Optional<TimingSelfCheck.Match> last) {
        int n = taps.matched();
        String count = n == 0 ? text.get("timing.status.none") : text.get("timing.status.taps", n);
        status.setText(last.map(m -> text.get("timing.status.last", count, HistoryFormat.offset(m.offsetMs())))
                .orElse(count));
    }

    private void showMiss() {
        showStatus(Optional.empty());
        status.setText(text.get("timing.status.between", status.getText()));
    }
}
