package org.bytepy.runtime;

import java.io.PrintStream;


/** {@code sys.stdout} / {@code sys.stderr}: a text stream writing to one of the context's Java streams. */
public final class PyTextStream extends org.bytepy.interop.PyInteropObject implements PyObjectBase {
    public static final PyType TYPE = new PyType("TextIOWrapper", true, PyTypes.OBJECT);

    public final String name;
    private final java.util.function.Supplier<PrintStream> stream;

    public PyTextStream(String name, java.util.function.Supplier<PrintStream> stream) {
        this.name = name;
        this.stream = stream;
    }

    public PrintStream stream() {
        return stream.get();
    }

    @Override
    public PyType getPyType() {
        return TYPE;
    }
}
