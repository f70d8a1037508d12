package net.wsustopology.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.wsustopology.diagram.LinkFace;
import net.wsustopology.model.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

@ExtendWith(ApplicationExtension.class)
class EdgeViewTest {
    @Test void aLinkWithoutAPortOfItsOwnShowsTheUpstreamsPortForItsProtocol() {
        Server up = new Server("hq");
        Server down = new Server("ber");
        down.setSyncFromUpstream(true);
        down.setUpstreamId("hq");
        down.setUseSsl(true);
        EdgeView edge = new EdgeView();
        edge.show(LinkFace.of(down, up));
        assertEquals(up.getHttpsPort() + " SSL", edge.label().getText());
    }
}
