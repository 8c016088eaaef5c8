package org.bytepy.imports;

import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.CRC32;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.bytecode.BytecodeConfig;
import com.oracle.truffle.api.bytecode.BytecodeRootNodes;
import com.oracle.truffle.api.bytecode.serialization.BytecodeDeserializer;
import com.oracle.truffle.api.bytecode.serialization.BytecodeSerializer;
import com.oracle.truffle.api.bytecode.serialization.SerializationUtils;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.Source;

import org.bytepy.BytepyContext;
import org.bytepy.BytepyLanguage;
import org.bytepy.nodes.PyRootNode;
import org.bytepy.nodes.PyRootNodeGen;
import org.bytepy.parser.Parser;
import org.bytepy.parser.PySyntaxError;
import org.bytepy.runtime.PyCode;
import org.bytepy.runtime.PyComplex;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PySingleton;
import org.bytepy.runtime.PyTuple;
import org.bytepy.runtime.Tracebacks;

/**
 * The {@code __pycache__} bytecode cache: a module imported from {@code dir/NAME.py} is compiled once
 * and its Bytecode DSL bytecode (with every nested code object) is kept in
 * {@code dir/__pycache__/NAME.bytepy-312.pyc}; later imports deserialize it instead of parsing and
 * compiling while the source keeps its modification time and size, as CPython's {@code .pyc} files do.
 *
 * <p>File layout (all big-endian): magic {@code "BPYC"}, format version (int), fingerprint of the
 * bytepy build that wrote it (long: a new build with a different instruction set or compiler ignores
 * old files), source mtime in ms (long), source size (long), payload length (int), payload CRC32 (int),
 * payload. A file that is stale, truncated, corrupt, or does not deserialize is ignored and rewritten.
 * Files are written to a temporary file in {@code __pycache__} and renamed over the old one, so a
 * reader never sees half a file. Nothing is written with {@code -B}, {@code PYTHONDONTWRITEBYTECODE} or
 * {@code sys.dont_write_bytecode = True}, or where the directory is not writable.
 *
 * <p>The payload is one code object: its metadata, then its root node serialized by the DSL (the
 * parser is replayed into a serializing builder); constants are encoded by {@link Serializer}. A nested
 * code object is written in full on first occurrence and by its number afterwards, and its bytecode is
 * a self-contained byte array, so that a re-parse of one root (to add instrumentation) deserializes it
 * alone and gets the same {@link PyCode} objects back.
 */
public final class BytecodeCache {
    private BytecodeCache() {
    }

    /** {@code sys.implementation.cache_tag}. */
    public static final String CACHE_TAG = "bytepy-312";
    private static final int MAGIC = 0x42505943; // "BPYC"
    private static final int FORMAT_VERSION = 1;
    private static final int HEADER_SIZE = 4 + 4 + 8 + 8 + 8 + 4 + 4;

    /** Classes whose bytes make up the build fingerprint: the instruction set, the compiler and this format. */
    private static final String[] FINGERPRINT_CLASSES = {"org/bytepy/nodes/PyRootNodeGen.class", "org/bytepy/compiler/CodeGenerator.class", "org/bytepy/compiler/ScopeAnalyzer.class",
                    "org/bytepy/compiler/ConstantFolder.class", "org/bytepy/parser/Parser.class", "org/bytepy/parser/Tokenizer.class", "org/bytepy/parser/Literals.class",
                    "org/bytepy/runtime/PyCode.class", "org/bytepy/imports/BytecodeCache.class"};
    private static volatile Long fingerprint;

    /** Statistics for tests and measurements: cache hits, misses (compiled) and writes in this JVM. */
    public static volatile int hits;
    public static volatile int compiles;
    public static volatile int writes;

    /** The cache file of a source file {@code dir/NAME.py}: {@code dir/__pycache__/NAME.bytepy-312.pyc}. */
    public static String cacheName(String sourceName) {
        String stem = sourceName.endsWith(".py") ? sourceName.substring(0, sourceName.length() - 3) : sourceName;
        return stem + "." + CACHE_TAG + ".pyc";
    }

    /**
     * Reads and compiles a module's source, or takes its code from the cache; writes the cache after
     * compiling. A syntax error is raised as SyntaxError; problems with the cache are never errors.
     */
    @TruffleBoundary
    public static PyCode load(BytepyContext ctx, TruffleFile file, Node node) {
        BytepyLanguage language = ctx.getLanguage();
        byte[] bytes;
        long mtime;
        try {
            bytes = file.readAllBytes();
            mtime = file.getLastModifiedTime().toMillis();
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            throw org.bytepy.runtime.PyErrors.format(org.bytepy.runtime.PyTypes.OS_ERROR, node, "%s", String.valueOf(e.getMessage()));
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        Source source = Source.newBuilder(BytepyLanguage.ID, file).content(text).build();
        TruffleFile cacheFile = cacheFile(file);
        if (cacheFile != null) {
            PyCode cached = read(language, cacheFile, source, mtime, bytes.length);
            if (cached != null) {
                hits++;
                return cached;
            }
        }
        PyCode code;
        try {
            code = language.compile(source, file.getPath(), Parser.Mode.EXEC);
            org.bytepy.compiler.CompileErrors.issueWarnings(null, code, file.getPath(), text);
        } catch (PySyntaxError e) {
            throw Tracebacks.syntaxErrorException(e, node);
        }
        compiles++;
        if (cacheFile != null && mayWrite(ctx)) {
            write(ctx, cacheFile, code, mtime, bytes.length);
        }
        return code;
    }

    private static TruffleFile cacheFile(TruffleFile file) {
        try {
            TruffleFile dir = file.getParent();
            String name = file.getName();
            if (dir == null || name == null || !name.endsWith(".py")) {
                return null;
            }
            return dir.resolve("__pycache__").resolve(cacheName(name));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** {@code sys.dont_write_bytecode} (set from -B and PYTHONDONTWRITEBYTECODE at start-up). */
    private static boolean mayWrite(BytepyContext ctx) {
        Object flag = ctx.getSysModule().dict.getStr("dont_write_bytecode");
        return flag == null || !PyObjects.isTrue(flag);
    }

    /** The initial {@code sys.dont_write_bytecode}: the -B option or a non-empty PYTHONDONTWRITEBYTECODE. */
    public static boolean dontWriteBytecode(BytepyContext ctx) {
        if (ctx.getEnv().getOptions().get(BytepyLanguage.DontWriteBytecode)) {
            return true;
        }
        String env = ctx.getEnv().getEnvironment().get("PYTHONDONTWRITEBYTECODE");
        return env != null && !env.isEmpty();
    }

    // ------------------------------------------------------------------ reading

    private static PyCode read(BytepyLanguage language, TruffleFile cacheFile, Source source, long mtime, long size) {
        byte[] data;
        try {
            if (!cacheFile.isRegularFile()) {
                return null;
            }
            data = cacheFile.readAllBytes();
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return null;
        }
        try {
            return decode(language, data, source, mtime, size);
        } catch (IOException | RuntimeException | AssertionError e) {
            return null; // corrupt, or written by something else: compile and rewrite
        }
    }

    /** The module code in a cache file's bytes, or null if they do not belong to this source and build. */
    static PyCode decode(BytepyLanguage language, byte[] data, Source source, long mtime, long size) throws IOException {
        if (data.length < HEADER_SIZE) {
            return null;
        }
        ByteBuffer header = ByteBuffer.wrap(data);
        if (header.getInt() != MAGIC || header.getInt() != FORMAT_VERSION || header.getLong() != fingerprint() || header.getLong() != mtime || header.getLong() != size) {
            return null;
        }
        int length = header.getInt();
        int crc = header.getInt();
        if (length != data.length - HEADER_SIZE) {
            return null;
        }
        CRC32 check = new CRC32();
        check.update(data, HEADER_SIZE, length);
        if ((int) check.getValue() != crc) {
            return null;
        }
        DataInput in = SerializationUtils.createDataInput(ByteBuffer.wrap(data, HEADER_SIZE, length).slice());
        Deserializer d = new Deserializer(language, source);
        Object code = d.deserialize(null, in);
        return code instanceof PyCode c ? c : null;
    }

    // ------------------------------------------------------------------ writing

    private static void write(BytepyContext ctx, TruffleFile cacheFile, PyCode code, long mtime, long size) {
        byte[] data;
        try {
            data = encode(code, mtime, size);
        } catch (IOException | RuntimeException | AssertionError e) {
            return; // a constant we cannot encode: no cache for this module
        }
        TruffleFile target = writable(ctx, cacheFile);
        TruffleFile tmp = null;
        try {
            TruffleFile dir = target.getParent();
            if (!dir.exists()) {
                dir.createDirectories();
            }
            tmp = dir.resolve(cacheFile.getName() + "." + ProcessHandle.current().pid() + "." + Thread.currentThread().threadId() + ".tmp");
            try (OutputStream out = tmp.newOutputStream(StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                out.write(data);
            }
            try {
                tmp.move(target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (UnsupportedOperationException | IOException e) {
                tmp.move(target, StandardCopyOption.REPLACE_EXISTING);
            }
            writes++;
            tmp = null;
        } catch (IOException | SecurityException | UnsupportedOperationException | IllegalArgumentException e) {
            // a read-only directory or a sandboxed context: run without a cache
        } finally {
            if (tmp != null) {
                try {
                    tmp.delete();
                } catch (IOException | SecurityException | UnsupportedOperationException e) {
                    // nothing more to do
                }
            }
        }
    }

    /**
     * The cache file as a file that can be written: files of the unpacked standard library are read
     * through the read-only internal-resource file system, but the directory is a real one that the
     * context may be allowed to write through its public file system.
     */
    private static TruffleFile writable(BytepyContext ctx, TruffleFile cacheFile) {
        try {
            TruffleFile pub = ctx.getEnv().getPublicTruffleFile(cacheFile.getPath());
            if (pub != null) {
                return pub;
            }
        } catch (SecurityException | UnsupportedOperationException | IllegalArgumentException e) {
            // no public file system access: try the file as it is
        }
        return cacheFile;
    }

    /** The cache file's bytes for a module's code. */
    static byte[] encode(PyCode code, long mtime, long size) throws IOException {
        ByteArrayOutputStream payload = new ByteArrayOutputStream(1 << 14);
        Serializer s = new Serializer();
        s.serialize(null, new DataOutputStream(payload), code);
        byte[] body = payload.toByteArray();
        CRC32 crc = new CRC32();
        crc.update(body);
        ByteBuffer out = ByteBuffer.allocate(HEADER_SIZE + body.length);
        out.putInt(MAGIC).putInt(FORMAT_VERSION).putLong(fingerprint()).putLong(mtime).putLong(size).putInt(body.length).putInt((int) crc.getValue());
        out.put(body);
        return out.array();
    }

    /** A hash of the classes that define the bytecode format and its meaning, computed once per JVM. */
    static long fingerprint() {
        Long f = fingerprint;
        if (f == null) {
            long v = FORMAT_VERSION;
            try {
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                ClassLoader loader = BytecodeCache.class.getClassLoader();
                for (String name : FINGERPRINT_CLASSES) {
                    try (InputStream in = loader.getResourceAsStream(name)) {
                        if (in != null) {
                            md.update(in.readAllBytes());
                        }
                    }
                }
                v = ByteBuffer.wrap(md.digest()).getLong();
            } catch (IOException | NoSuchAlgorithmException e) {
                v = 0; // cannot tell builds apart: never match
            }
            f = v;
            fingerprint = f;
        }
        return f;
    }

    // ------------------------------------------------------------------ constants

    private static final byte T_NONE = 0, T_TRUE = 1, T_FALSE = 2, T_LONG = 3, T_DOUBLE = 4, T_BIGINT = 5, T_STRING = 6, T_BYTES = 7, T_TUPLE = 8, T_ELLIPSIS = 9,
                    T_COMPLEX = 10, T_STRINGS = 11, T_BOOLEANS = 12, T_INTS = 13, T_OBJECTS = 14, T_CODE = 15, T_CODE_REF = 16, T_SOURCE = 17, T_NULL = 18, T_INT = 19,
                    T_NOT_IMPLEMENTED = 20, T_LONG_STRING = 21, T_POOL_PAD = 22;

    /** Writes constants; nested code objects in full the first time, then as a reference. */
    static final class Serializer implements BytecodeSerializer {
        private final Map<PyCode, Integer> codeIds = new IdentityHashMap<>();

        @Override
        public void serialize(SerializerContext context, DataOutput out, Object o) throws IOException {
            if (o == null) {
                out.writeByte(T_NULL);
            } else if (o instanceof PyNone) {
                out.writeByte(T_NONE);
            } else if (o instanceof Boolean b) {
                out.writeByte(b ? T_TRUE : T_FALSE);
            } else if (o instanceof Long l) {
                out.writeByte(T_LONG);
                out.writeLong(l);
            } else if (o instanceof Integer i) {
                out.writeByte(T_INT);
                out.writeInt(i);
            } else if (o instanceof Double d) {
                out.writeByte(T_DOUBLE);
                out.writeDouble(d);
            } else if (o instanceof BigInteger bi) {
                out.writeByte(T_BIGINT);
                writeBytes(out, bi.toByteArray());
            } else if (o instanceof String s) {
                writeString(out, s);
            } else if (o instanceof byte[] b) {
                out.writeByte(T_BYTES);
                writeBytes(out, b);
            } else if (o instanceof PyTuple t) {
                out.writeByte(T_TUPLE);
                writeObjects(context, out, t.items());
            } else if (o == PySingleton.ELLIPSIS) {
                out.writeByte(T_ELLIPSIS);
            } else if (o == PySingleton.NOT_IMPLEMENTED) {
                out.writeByte(T_NOT_IMPLEMENTED);
            } else if (o instanceof PyRootNode.PoolPad p) {
                out.writeByte(T_POOL_PAD);
                out.writeByte(p.index);
            } else if (o instanceof PyComplex c) {
                out.writeByte(T_COMPLEX);
                out.writeDouble(c.real);
                out.writeDouble(c.imag);
            } else if (o instanceof String[] a) {
                out.writeByte(T_STRINGS);
                out.writeInt(a.length);
                for (String s : a) {
                    serialize(context, out, s);
                }
            } else if (o instanceof boolean[] a) {
                out.writeByte(T_BOOLEANS);
                out.writeInt(a.length);
                for (boolean b : a) {
                    out.writeBoolean(b);
                }
            } else if (o instanceof int[] a) {
                out.writeByte(T_INTS);
                out.writeInt(a.length);
                for (int i : a) {
                    out.writeInt(i);
                }
            } else if (o instanceof Object[] a) {
                out.writeByte(T_OBJECTS);
                writeObjects(context, out, a);
            } else if (o instanceof Source) {
                out.writeByte(T_SOURCE); // the module's source: the reader has it
            } else if (o instanceof PyCode c) {
                writeCode(context, out, c);
            } else {
                throw new IOException("bytecode cache: cannot encode a constant of " + o.getClass().getName());
            }
        }

        private void writeObjects(SerializerContext context, DataOutput out, Object[] a) throws IOException {
            out.writeInt(a.length);
            for (Object x : a) {
                serialize(context, out, x);
            }
        }

        private static void writeString(DataOutput out, String s) throws IOException {
            if (s.length() < 16384) {
                out.writeByte(T_STRING);
                out.writeUTF(s); // modified UTF-8 keeps lone surrogates
            } else {
                out.writeByte(T_LONG_STRING);
                out.writeInt(s.length());
                for (int i = 0; i < s.length(); i++) {
                    out.writeChar(s.charAt(i));
                }
            }
        }

        private static void writeBytes(DataOutput out, byte[] b) throws IOException {
            out.writeInt(b.length);
            out.write(b);
        }

        private void writeCode(SerializerContext context, DataOutput out, PyCode c) throws IOException {
            Integer id = codeIds.get(c);
            if (id != null) {
                out.writeByte(T_CODE_REF);
                out.writeInt(id);
                return;
            }
            id = codeIds.size();
            codeIds.put(c, id);
            out.writeByte(T_CODE);
            out.writeInt(id);
            serialize(context, out, c.name);
            serialize(context, out, c.qualname);
            serialize(context, out, c.filename);
            out.writeInt(c.firstLineno);
            out.writeInt(c.argCount);
            out.writeInt(c.posOnlyArgCount);
            out.writeInt(c.kwOnlyArgCount);
            serialize(context, out, c.varnames);
            serialize(context, out, c.cellvars);
            serialize(context, out, c.freevars);
            out.writeBoolean(c.hasVarargs);
            out.writeBoolean(c.hasVarkwargs);
            out.writeInt(c.flags);
            serialize(context, out, c.docstring);
            serialize(context, out, c.consts);
            serialize(context, out, c.names);
            serialize(context, out, c.displayVarnames);
            serialize(context, out, c.sourceText);
            serialize(context, out, c.sourceMode);
            out.writeBoolean(c.mappingNamespace);
            // the bytecode, as a self-contained array (see the class comment)
            PyRootNode root = (PyRootNode) c.getCallTarget().getRootNode();
            ByteArrayOutputStream bytecode = new ByteArrayOutputStream();
            root.getRootNodes().serialize(new DataOutputStream(bytecode), this);
            writeBytes(out, bytecode.toByteArray());
        }
    }

    /** Reads what {@link Serializer} wrote; the same code object for the same number, also on re-parse. */
    static final class Deserializer implements BytecodeDeserializer {
        private final BytepyLanguage language;
        private final Source source;
        private final Map<Integer, PyCode> codes = new java.util.HashMap<>();

        Deserializer(BytepyLanguage language, Source source) {
            this.language = language;
            this.source = source;
        }

        @Override
        public Object deserialize(DeserializerContext context, DataInput in) throws IOException {
            byte tag = in.readByte();
            switch (tag) {
                case T_NULL:
                    return null;
                case T_NONE:
                    return PyNone.NONE;
                case T_TRUE:
                    return Boolean.TRUE;
                case T_FALSE:
                    return Boolean.FALSE;
                case T_LONG:
                    return in.readLong();
                case T_INT:
                    return in.readInt();
                case T_DOUBLE:
                    return in.readDouble();
                case T_BIGINT:
                    return new BigInteger(readBytes(in));
                case T_STRING:
                    return in.readUTF();
                case T_LONG_STRING: {
                    int n = in.readInt();
                    char[] cs = new char[n];
                    for (int i = 0; i < n; i++) {
                        cs[i] = in.readChar();
                    }
                    return new String(cs);
                }
                case T_BYTES:
                    return readBytes(in);
                case T_TUPLE:
                    return new PyTuple(readObjects(context, in));
                case T_ELLIPSIS:
                    return PySingleton.ELLIPSIS;
                case T_NOT_IMPLEMENTED:
                    return PySingleton.NOT_IMPLEMENTED;
                case T_POOL_PAD:
                    return PyRootNode.POOL_PADDING[in.readByte()];
                case T_COMPLEX:
                    return new PyComplex(in.readDouble(), in.readDouble());
                case T_STRINGS: {
                    int n = checkedLength(in.readInt());
                    String[] a = new String[n];
                    for (int i = 0; i < n; i++) {
                        a[i] = (String) deserialize(context, in);
                    }
                    return a;
                }
                case T_BOOLEANS: {
                    boolean[] a = new boolean[checkedLength(in.readInt())];
                    for (int i = 0; i < a.length; i++) {
                        a[i] = in.readBoolean();
                    }
                    return a;
                }
                case T_INTS: {
                    int[] a = new int[checkedLength(in.readInt())];
                    for (int i = 0; i < a.length; i++) {
                        a[i] = in.readInt();
                    }
                    return a;
                }
                case T_OBJECTS:
                    return readObjects(context, in);
                case T_SOURCE:
                    return source;
                case T_CODE:
                    return readCode(context, in);
                case T_CODE_REF: {
                    PyCode c = codes.get(in.readInt());
                    if (c == null) {
                        throw new IOException("bytecode cache: bad code reference");
                    }
                    return c;
                }
                default:
                    throw new IOException("bytecode cache: unknown constant tag " + tag);
            }
        }

        private static int checkedLength(int n) throws IOException {
            if (n < 0 || n > (1 << 28)) {
                throw new IOException("bytecode cache: bad length");
            }
            return n;
        }

        private Object[] readObjects(DeserializerContext context, DataInput in) throws IOException {
            Object[] a = new Object[checkedLength(in.readInt())];
            for (int i = 0; i < a.length; i++) {
                a[i] = deserialize(context, in);
            }
            return a;
        }

        private static byte[] readBytes(DataInput in) throws IOException {
            byte[] b = new byte[checkedLength(in.readInt())];
            in.readFully(b);
            return b;
        }

        private PyCode readCode(DeserializerContext context, DataInput in) throws IOException {
            int id = in.readInt();
            PyCode existing = codes.get(id);
            String name = (String) deserialize(context, in);
            String qualname = (String) deserialize(context, in);
            String filename = (String) deserialize(context, in);
            int firstLineno = in.readInt();
            int argCount = in.readInt();
            int posOnly = in.readInt();
            int kwOnly = in.readInt();
            String[] varnames = (String[]) deserialize(context, in);
            String[] cellvars = (String[]) deserialize(context, in);
            String[] freevars = (String[]) deserialize(context, in);
            boolean varargs = in.readBoolean();
            boolean varkwargs = in.readBoolean();
            int flags = in.readInt();
            PyCode code = existing != null ? existing
                            : new PyCode(name, qualname, filename, firstLineno, argCount, posOnly, kwOnly, varnames, cellvars, freevars, varargs, varkwargs, flags);
            if (existing == null) {
                codes.put(id, code); // before the nested constants: they may refer back to it
            }
            Object doc = deserialize(context, in);
            Object consts = deserialize(context, in);
            Object names = deserialize(context, in);
            Object displayVarnames = deserialize(context, in);
            Object sourceText = deserialize(context, in);
            Object sourceMode = deserialize(context, in);
            boolean mappingNamespace = in.readBoolean();
            byte[] bytecode = readBytes(in);
            if (existing != null) {
                return existing; // a re-parse: the code object and its root node exist
            }
            code.docstring = doc;
            code.consts = (Object[]) consts;
            code.names = (String[]) names;
            code.displayVarnames = (String[]) displayVarnames;
            code.sourceText = (String) sourceText;
            code.sourceMode = (String) sourceMode;
            code.mappingNamespace = mappingNamespace;
            if (id == 0) {
                code.setCallTarget(deserializeRoot(code, bytecode));
            } else {
                // nested code (functions, class bodies): deserialized when first called
                code.callTargetLoader = () -> {
                    try {
                        return deserializeRoot(code, bytecode);
                    } catch (IOException e) {
                        throw new IllegalStateException("bytecode cache: cannot load " + code.qualname, e);
                    }
                };
            }
            return code;
        }

        private RootCallTarget deserializeRoot(PyCode code, byte[] bytecode) throws IOException {
            Supplier<DataInput> input = () -> SerializationUtils.createDataInput(ByteBuffer.wrap(bytecode));
            BytecodeRootNodes<PyRootNode> roots = PyRootNodeGen.deserialize(language, BytecodeConfig.WITH_SOURCE, input, this);
            PyRootNode root = roots.getNode(0);
            root.setCode(code);
            return root.getCallTarget();
        }
    }
}
