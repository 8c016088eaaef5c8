package org.bytepy.imports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;

import org.bytepy.BytepyContext;

/**
 * Where the standard library is: our own modules ({@code lib-bytepy}) first, then CPython's Lib
 * ({@code lib-python/3.12}), both in the unpacked {@link StdlibResource}.
 */
public final class Stdlib {
    private Stdlib() {
    }

    /** The unpacked resource's root, or null when it cannot be had (reported once on stderr). */
    @TruffleBoundary
    static TruffleFile root(BytepyContext ctx) {
        TruffleFile root = ctx.getStdlibRoot();
        if (root == null && !ctx.stdlibLookedUp()) {
            try {
                root = ctx.getEnv().getInternalResource(StdlibResource.class);
            } catch (IOException | RuntimeException e) {
                ctx.err().println("bytepy: the standard library is not available: " + e.getMessage());
            }
            ctx.setStdlibRoot(root);
        }
        return root;
    }

    /** The {@code sys.path} entries of the standard library. */
    @TruffleBoundary
    public static List<String> paths(BytepyContext ctx) {
        List<String> paths = new ArrayList<>();
        TruffleFile root = root(ctx);
        if (root != null) {
            paths.add(root.resolve("lib-bytepy").getPath());
            paths.add(root.resolve("lib-python").resolve("3.12").getPath());
        }
        return paths;
    }

    /** The standard library's file at {@code path}, or null when the path is not inside it. */
    @TruffleBoundary
    public static TruffleFile internalFile(BytepyContext ctx, String path) {
        TruffleFile root = ctx.getStdlibRoot();
        if (root == null) {
            return null;
        }
        String rootPath = root.getPath();
        if (path.equals(rootPath)) {
            return root;
        }
        if (path.startsWith(rootPath + "/")) {
            return root.resolve(path.substring(rootPath.length() + 1));
        }
        return null;
    }
}
