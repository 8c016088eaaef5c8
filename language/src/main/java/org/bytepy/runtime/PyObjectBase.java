package org.bytepy.runtime;

/** Runtime objects implemented in Java that know their Python type (functions, modules, ranges, ...). */
public interface PyObjectBase {
    PyType getPyType();
}
