package org.bytepy.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.oracle.truffle.api.InternalResource;

/**
 * The standard library as a Truffle internal resource: the build packs CPython's Lib
 * ({@code lib-python/3.12}) and our own Python modules ({@code lib-bytepy}) into one zip; Truffle
 * unpacks it once per content hash into its resource cache, so modules have real files.
 */
@InternalResource.Id(StdlibResource.ID)
public final class StdlibResource implements InternalResource {
    static final String ID = "stdlib";
    private static final String BASE = "/META-INF/resources/bytepy/stdlib/";

    @Override
    public void unpackFiles(Env env, Path targetDirectory) throws IOException {
        try (InputStream in = open("stdlib.zip"); ZipInputStream zip = new ZipInputStream(in)) {
            Path root = targetDirectory.toAbsolutePath().normalize();
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                Path target = root.resolve(e.getName()).normalize();
                if (!target.startsWith(root)) {
                    throw new IOException("bad entry in stdlib.zip: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target);
                }
            }
        }
    }

    @Override
    public String versionHash(Env env) throws IOException {
        List<String> lines = env.readResourceLines(Path.of("META-INF", "resources", "bytepy", "stdlib", "sha256"));
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            throw new IOException("the packaged standard library has no content hash");
        }
        return lines.get(0).trim();
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = StdlibResource.class.getResourceAsStream(BASE + name);
        if (in == null) {
            throw new IOException("the standard library is not packaged with bytepy: " + BASE + name);
        }
        return in;
    }
}
