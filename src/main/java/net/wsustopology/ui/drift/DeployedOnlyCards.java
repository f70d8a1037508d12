package net.wsustopology.ui.drift;

import java.util.ArrayList;
import java.util.List;
import net.wsustopology.diagram.DriftPicture;
import net.wsustopology.diff.Comparison;
import net.wsustopology.diff.Difference;
import net.wsustopology.diff.DriftKind;
import net.wsustopology.diff.SettingCaptions;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerSettings;
import net.wsustopology.model.Setting;
import net.wsustopology.ui.common.ExtraCardOverlay;
import net.wsustopology.ui.common.PlanOverlays;

/**
 * The "+" cards of a comparison: one per server that is deployed but not planned, where the
 * comparison's {@link DriftPicture} places it, with a tooltip saying so and listing its deployed
 * settings in the console's words.
 */
final class DeployedOnlyCards {
    static final String MARK = DriftOverlay.styleOf(DriftKind.DEPLOYED_ONLY);

    private DeployedOnlyCards() { }

    static void show(Comparison c, DriftPicture picture, PlanOverlays canvas) {
        List<ExtraCardOverlay.Extra> extras = new ArrayList<>(picture.deployedOnly().size());
        for (DriftPicture.Placed p : picture.deployedOnly()) extras.add(new ExtraCardOverlay.Extra(p.server(), p.at(), p.face(), note(c, p.server())));
        canvas.extraCards().show(extras, MARK, DriftKind.DEPLOYED_ONLY.mark());
    }

    /** The tooltip: deployed but not planned, then each deployed setting with its value. */
    static String note(Comparison c, Server s) {
        StringBuilder b = new StringBuilder(DriftKind.DEPLOYED_ONLY.mark()).append(' ').append(s.label()).append(" is deployed (in ")
                .append(c.actualName()).append(") but not in the plan");
        for (Setting setting : ServerSettings.settings()) {
            if (!setting.deployed()) continue;
            b.append('\n').append(SettingCaptions.of(setting.path())).append(": ")
                    .append(Difference.text(setting.valueOf(c.actual(), s)));
        }
        return b.toString();
    }
}
