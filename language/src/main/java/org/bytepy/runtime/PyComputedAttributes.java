package org.bytepy.runtime;

/**
 * Built-in objects whose attributes are computed in Java ({@code frame}, {@code traceback}): attribute
 * lookup asks {@link #getAttribute} before the type's dict.
 */
public interface PyComputedAttributes {
    /** The attribute's value, or null when there is no such attribute. */
    Object getAttribute(String name);
}
