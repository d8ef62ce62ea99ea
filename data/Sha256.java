// The sha256 of one file, for data/fetch-corpus on a machine with neither sha256sum nor
// shasum: run by the JDK's source launcher (java data/Sha256.java FILE), no build step.
// Prints "<hex>  <file>" as sha256sum does; exit 1 with one line when the file cannot be read.
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

class Sha256 {
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: java Sha256.java FILE");
            System.exit(2);
        }
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            System.err.println("Sha256: cannot read " + args[0] + ": " + e.getMessage());
            System.exit(1);
        }
        System.out.println(HexFormat.of().formatHex(digest.digest()) + "  " + args[0]);
    }
}
