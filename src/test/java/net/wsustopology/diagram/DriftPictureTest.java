package net.wsustopology.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.wsustopology.diff.Comparison;
import net.wsustopology.diff.DiffFixtures;
import net.wsustopology.diff.DriftKind;
import net.wsustopology.export.pdf.DriftReportPdf;
import net.wsustopology.model.Server;
import org.junit.jupiter.api.Test;

/** What a comparison adds to the picture: marks, actual links, deployed-only cards (the drift report's scene, as the canvas builds it). */
class DriftPictureTest {
    private final Comparison c = DiffFixtures.threeRegion();
    private final DiagramScene scene = DriftReportPdf.scene(c);
    private final DriftPicture drift = scene.drift();

    private Server planned(String id) { return c.diff().planned().server(id); }

    @Test
    void aMovedServerGetsItsActualLinkFromWhereItIsDeployed() {
        assertTrue(drift.actualLinks().contains(new DriftPicture.ActualLink(planned("eu-sto"), planned("eu-got"))), drift.actualLinks().toString());
        assertEquals(DriftKind.MOVED, drift.kindOf(planned("eu-got")));
        assertEquals(DriftKind.SAME, drift.kindOf(planned("hq")));
        assertEquals(DriftKind.UNREACHABLE, drift.kindOf(planned("ap-osa")));
    }

    @Test
    void aDeployedOnlyServerHasACardBelowItsDeployedUpstreamAndItsLink() {
        assertEquals(1, drift.deployedOnly().size());
        DriftPicture.Placed lab = drift.deployedOnly().get(0);
        assertEquals("wsus-lab01.eu.corp.contoso.com", lab.server().getName());
        DiagramScene.Card lon = scene.card("eu-lon");
        assertTrue(lab.at().y() > lon.y(), "below wsus-lon01");
        assertTrue(drift.actualLinks().contains(new DriftPicture.ActualLink(planned("eu-lon"), lab.server())));
        assertEquals(DriftKind.DEPLOYED_ONLY, drift.kindOf(lab.server()));
        assertTrue(scene.bounds().contains(DiagramScene.nodeBox(lab.at().x(), lab.at().y())), "the picture includes its card");
        assertEquals(List.of(lab.server()), scene.cards().stream().map(DiagramScene.Card::server).filter(s -> s == lab.server()).toList());
    }

    @Test
    void theActualLinkLoopsUnderARowIntoASibling() {
        ActualLinkPath sibling = ActualLinkPath.between(100, 100, 400, 100);
        assertTrue(sibling.y2() > 100, "into the sibling's bottom");
        ActualLinkPath below = ActualLinkPath.between(100, 100, 400, 300);
        assertTrue(below.y2() < 300, "into the top of a card below");
        assertEquals(400 + ActualLinkPath.END_OFFSET, below.x2(), "right of the planned link's arrow");
    }
}
