package wordbench.impls.graalpy;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessMode;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.util.Map;
import java.util.Set;
import org.graalvm.polyglot.io.FileSystem;
import wordbench.spi.PathBytes;

/**
 * The host's file system for GraalPy, except for two things GraalPy gets wrong on its own.
 *
 * <ul>
 * <li>A name Python spells with surrogate escapes ({@code os.fsdecode} of a name that is not UTF-8:
 * {@code bad\udcffname.txt} for the bytes {@code bad\xffname.txt}) opens the file of those bytes.
 * GraalPy hands a path to the host as a Java String, and the host's default parse turns a lone
 * surrogate into a byte that is not the name's.
 * <li>A regular file that reports size 0 ({@code /proc/version}, sysfs) is read to its end: GraalPy
 * reads no further than a file's size and counted nothing in it.
 * </ul>
 *
 * Everything else is the host's; the optional operations the script never uses (file store sizes,
 * MIME types) keep FileSystem's defaults.
 */
final class HostFileNames implements FileSystem {
    private final FileSystem host = FileSystem.newDefaultFileSystem();

    /** How Python spells {@code file}'s name as str: its bytes, surrogate-escaped where they are not UTF-8. */
    static String pythonName(Path file) {
        return PathBytes.surrogateEscaped(PathBytes.of(file));
    }

    @Override
    public Path parsePath(String path) {
        return PathBytes.isSurrogateEscaped(path) ? PathBytes.toPath(PathBytes.fromSurrogateEscaped(path)) : host.parsePath(path);
    }

    @Override
    public Path parsePath(URI uri) {
        return host.parsePath(uri);
    }

    @Override
    public void checkAccess(Path path, Set<? extends AccessMode> modes, LinkOption... linkOptions) throws IOException {
        host.checkAccess(path, modes, linkOptions);
    }

    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
        host.createDirectory(dir, attrs);
    }

    @Override
    public void delete(Path path) throws IOException {
        host.delete(path);
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs) throws IOException {
        SeekableByteChannel channel = host.newByteChannel(path, options, attrs);
        if (!options.contains(StandardOpenOption.WRITE) && !options.contains(StandardOpenOption.APPEND)
                && channel.size() == 0 && Files.isRegularFile(path)) {
            // A file that says it is empty may not be (/proc, sysfs), and GraalPy reads no further than the
            // size: such a file is read here to its end and handed over as bytes of their true size.
            try (channel) {
                byte[] content = Channels.newInputStream(channel).readAllBytes();
                return new ByteArrayChannel(content);
            }
        }
        return channel;
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) throws IOException {
        Map<String, Object> read = host.readAttributes(path, attributes, options);
        Object size = read.get("size");
        if (size instanceof Long length && length == 0 && Boolean.TRUE.equals(read.get("isRegularFile"))) {
            // The size of what newByteChannel hands over for such a file.
            Map<String, Object> sized = new java.util.HashMap<>(read);
            try (SeekableByteChannel channel = newByteChannel(path, Set.of(StandardOpenOption.READ))) {
                sized.put("size", channel.size());
            }
            return sized;
        }
        return read;
    }

    /** Bytes read ahead, as a read-only channel. */
    private static final class ByteArrayChannel implements SeekableByteChannel {
        private final byte[] content;
        private int position;
        private boolean open = true;

        ByteArrayChannel(byte[] content) {
            this.content = content;
        }

        @Override
        public int read(ByteBuffer into) {
            if (position >= content.length) {
                return -1;
            }
            int count = Math.min(into.remaining(), content.length - position);
            into.put(content, position, count);
            position += count;
            return count;
        }

        @Override
        public int write(ByteBuffer from) throws IOException {
            throw new NonWritableChannelException();
        }

        @Override
        public long position() {
            return position;
        }

        @Override
        public SeekableByteChannel position(long newPosition) {
            position = (int) Math.min(newPosition, content.length);
            return this;
        }

        @Override
        public long size() {
            return content.length;
        }

        @Override
        public SeekableByteChannel truncate(long size) {
            throw new NonWritableChannelException();
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public void close() {
            open = false;
        }
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter) throws IOException {
        return host.newDirectoryStream(dir, filter);
    }

    @Override
    public Path toAbsolutePath(Path path) {
        return host.toAbsolutePath(path);
    }

    @Override
    public Path toRealPath(Path path, LinkOption... linkOptions) throws IOException {
        return host.toRealPath(path, linkOptions);
    }


    @Override
    public void setAttribute(Path path, String attribute, Object value, LinkOption... options) throws IOException {
        host.setAttribute(path, attribute, value, options);
    }

    @Override
    public void copy(Path source, Path target, CopyOption... options) throws IOException {
        host.copy(source, target, options);
    }

    @Override
    public void move(Path source, Path target, CopyOption... options) throws IOException {
        host.move(source, target, options);
    }

    @Override
    public void createLink(Path link, Path existing) throws IOException {
        host.createLink(link, existing);
    }

    @Override
    public void createSymbolicLink(Path link, Path target, FileAttribute<?>... attrs) throws IOException {
        host.createSymbolicLink(link, target, attrs);
    }

    @Override
    public Path readSymbolicLink(Path link) throws IOException {
        return host.readSymbolicLink(link);
    }

    @Override
    public void setCurrentWorkingDirectory(Path currentWorkingDirectory) {
        host.setCurrentWorkingDirectory(currentWorkingDirectory);
    }

    @Override
    public Path getTempDirectory() {
        return host.getTempDirectory();
    }

    @Override
    public boolean isSameFile(Path path1, Path path2, LinkOption... options) throws IOException {
        return host.isSameFile(path1, path2, options);
    }
}
