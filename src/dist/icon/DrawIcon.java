import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws the application icon (Microsoft Update on top, a root server, three downstreams of which
 * the right one is a dashed replica, in the editor's own colours) and writes it as PNG (Linux),
 * ICO (Windows) and ICNS (macOS). Run it again after changing the design and commit the three files:
 * {@code java src/dist/icon/DrawIcon.java src/dist/icon}
 */
public final class DrawIcon {
    private static final Color ROOT = new Color(0x0b5394);
    private static final Color ACCENT = new Color(0x0b63c5);
    private static final Color MU = new Color(0x00a4ef);
    private static final Color AUTONOMOUS = new Color(0xe8f1fb);
    private static final Color REPLICA = new Color(0xefe7f7);
    private static final Color REPLICA_BORDER = new Color(0x6a3d9a);
    private static final Color LINK = new Color(255, 255, 255, 230);

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/dist/icon");
        Files.createDirectories(dir);
        ImageIO.write(draw(256), "png", dir.resolve("wsus-topology.png").toFile());
        Files.write(dir.resolve("wsus-topology.ico"), ico(new int[] {16, 24, 32, 48, 64, 128, 256}));
        Files.write(dir.resolve("wsus-topology.icns"), icns());
        System.out.println("wrote wsus-topology.png, .ico and .icns to " + dir);
    }

    /** The design on a 1024-unit square; below 48 pixels the root card is left out so the tree stays readable. */
    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double scale = size / 1024.0;
        g.scale(scale, scale);
        boolean small = size < 48;
        double inset = small ? 16 : 56;
        g.setPaint(new GradientPaint(0, 0, ACCENT, 0, 1024, ROOT));
        g.fill(new RoundRectangle2D.Double(inset, inset, 1024 - 2 * inset, 1024 - 2 * inset, 220, 220));

        // minimum one pixel wide at every size
        float link = (float) Math.max(small ? 56 : 26, 1 / scale);
        g.setStroke(new BasicStroke(link, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        g.setColor(LINK);
        double busY = small ? 560 : 640;
        g.draw(new Line2D.Double(512, 300, 512, busY));
        g.draw(new Line2D.Double(218, busY, 806, busY));
        for (double x : new double[] {218, 512, 806}) g.draw(new Line2D.Double(x, busY, x, 700));

        pill(g, 512, 230, small ? 720 : 520, small ? 220 : 160);
        if (!small) card(g, 512, 475, 340, 170, AUTONOMOUS, ROOT, false, true);
        double cardW = small ? 270 : 240;
        double cardH = small ? 240 : 170;
        double cardY = small ? 800 : 780;
        card(g, 218, cardY, cardW, cardH, AUTONOMOUS, ROOT, false, false);
        card(g, 512, cardY, cardW, cardH, AUTONOMOUS, ROOT, false, false);
        card(g, 806, cardY, cardW, cardH, REPLICA, REPLICA_BORDER, !small, false);
        g.dispose();
        return image;
    }

    private static void pill(Graphics2D g, double cx, double cy, double w, double h) {
        RoundRectangle2D shape = new RoundRectangle2D.Double(cx - w / 2, cy - h / 2, w, h, h, h);
        g.setColor(MU);
        g.fill(shape);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(18));
        g.draw(shape);
    }

    private static void card(Graphics2D g, double cx, double cy, double w, double h, Color fill, Color border,
            boolean dashed, boolean rootBar) {
        RoundRectangle2D shape = new RoundRectangle2D.Double(cx - w / 2, cy - h / 2, w, h, 36, 36);
        g.setColor(fill);
        g.fill(shape);
        g.setColor(border);
        g.setStroke(dashed
                ? new BasicStroke(16, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[] {34, 20}, 0)
                : new BasicStroke(12));
        g.draw(shape);
        if (rootBar) g.fill(new RoundRectangle2D.Double(cx - w / 2, cy - h / 2, w, 34, 30, 30));
    }

    private static byte[] png(int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(draw(size), "png", out);
        return out.toByteArray();
    }

    /** Windows icon: 32-bit bitmaps below 256 pixels (what every Windows version reads), PNG at 256. */
    static byte[] ico(int[] sizes) throws IOException {
        List<byte[]> images = new ArrayList<>();
        for (int size : sizes) images.add(size >= 256 ? png(size) : dib(draw(size)));
        ByteBuffer header = ByteBuffer.allocate(6 + 16 * sizes.length).order(ByteOrder.LITTLE_ENDIAN);
        header.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        int offset = header.capacity();
        for (int i = 0; i < sizes.length; i++) {
            int size = sizes[i];
            header.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size)).put((byte) 0).put((byte) 0);
            header.putShort((short) 1).putShort((short) 32).putInt(images.get(i).length).putInt(offset);
            offset += images.get(i).length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(header.array());
        for (byte[] image : images) out.write(image);
        return out.toByteArray();
    }

    /** BITMAPINFOHEADER, BGRA rows bottom-up, then the 1-bit AND mask (all zero: the alpha channel decides). */
    private static byte[] dib(BufferedImage image) {
        int n = image.getWidth();
        int maskRow = ((n + 31) / 32) * 4;
        ByteBuffer b = ByteBuffer.allocate(40 + n * n * 4 + maskRow * n).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(40).putInt(n).putInt(2 * n).putShort((short) 1).putShort((short) 32).putInt(0)
                .putInt(n * n * 4 + maskRow * n).putInt(0).putInt(0).putInt(0).putInt(0);
        for (int y = n - 1; y >= 0; y--) {
            for (int x = 0; x < n; x++) {
                int argb = image.getRGB(x, y);
                b.put((byte) argb).put((byte) (argb >> 8)).put((byte) (argb >> 16)).put((byte) (argb >>> 24));
            }
        }
        return b.array();
    }

    /** macOS icon: PNG entries from 16 to 1024 pixels under their ICNS type codes. */
    static byte[] icns() throws IOException {
        String[] types = {"icp4", "icp5", "icp6", "ic07", "ic08", "ic09", "ic10"};
        int[] sizes = {16, 32, 64, 128, 256, 512, 1024};
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream entries = new DataOutputStream(body);
        for (int i = 0; i < types.length; i++) {
            byte[] data = png(sizes[i]);
            entries.writeBytes(types[i]);
            entries.writeInt(8 + data.length);
            entries.write(data);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream file = new DataOutputStream(out);
        file.writeBytes("icns");
        file.writeInt(8 + body.size());
        file.write(body.toByteArray());
        return out.toByteArray();
    }
}
