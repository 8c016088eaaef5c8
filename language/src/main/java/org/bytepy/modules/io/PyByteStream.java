package org.bytepy.modules.io;

import org.bytepy.builtins.Args;
import org.bytepy.modules.PosixModule;
import org.bytepy.runtime.PyCalls;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyObjects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** A binary stream written in Python (or a subclass overriding methods): its methods are called. */
final class PyByteStream implements ByteStream {
    final Object obj;

    PyByteStream(Object obj) {
        this.obj = obj;
    }

    /** The Java stream of an object of exactly one of our types, else an adapter calling its methods. */
    static ByteStream of(Object o) {
        Object s = Heap.state(o);
        if (s instanceof ByteStream bs && s instanceof IOObj io && io.self != null && IoModule.isExactType(o)) {
            return bs;
        }
        return new PyByteStream(o);
    }

    @TruffleBoundary
    private Object call(String name, Object... args) {
        return PyCalls.call(PyObjects.getAttr(obj, name, null), args, null, null);
    }

    @Override
    public byte[] read(long n) {
        Object r = n < 0 ? call("read") : call("read", n);
        return r == PyNone.NONE ? null : PosixModule.bytesLike(r);
    }

    @Override
    public long write(byte[] b, int off, int len) {
        byte[] part = off == 0 && len == b.length ? b : java.util.Arrays.copyOfRange(b, off, off + len);
        Object r = call("write", (Object) part);
        return r == PyNone.NONE ? len : Args.index(r);
    }

    @Override
    public long seek(long pos, int whence) {
        return Args.index(call("seek", pos, (long) whence));
    }

    @Override
    public long tell() {
        return Args.index(call("tell"));
    }

    @Override
    public long truncate(long size) {
        return Args.index(size < 0 ? call("truncate") : call("truncate", size));
    }

    @Override
    public void flush() {
        call("flush");
    }

    @Override
    public void close() {
        call("close");
    }

    @Override
    public boolean isClosed() {
        return PyObjects.isTrue(PyObjects.getAttr(obj, "closed", null));
    }

    @Override
    public boolean readable() {
        return PyObjects.isTrue(call("readable"));
    }

    @Override
    public boolean writable() {
        return PyObjects.isTrue(call("writable"));
    }

    @Override
    public boolean seekable() {
        return PyObjects.isTrue(call("seekable"));
    }

    @Override
    public Object name() {
        return PyObjects.lookupAttr(obj, "name");
    }

    @Override
    public Object object() {
        return obj;
    }
}
