package org.bytepy.runtime;


/** A function bound to the object it was looked up on: {@code xs.append}. */
public final class PyBoundMethod extends org.bytepy.interop.PyInteropObject implements PyObjectBase {
    public final Object self;
    public final Object function;

    public PyBoundMethod(Object self, Object function) {
        this.self = self;
        this.function = function;
    }

    @Override
    public PyType getPyType() {
        return function instanceof PyBuiltinFunction ? PyTypes.BUILTIN_FUNCTION : PyTypes.METHOD;
    }
}
