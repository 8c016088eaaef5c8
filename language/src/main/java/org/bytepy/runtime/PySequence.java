package org.bytepy.runtime;

/** What list and tuple share: indexed storage of Python objects. */
public interface PySequence {
    int size();

    Object get(int index);

    Object[] toArray();
}
