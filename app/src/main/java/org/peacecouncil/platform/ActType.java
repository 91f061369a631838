package org.peacecouncil.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The public name and version of a {@link RecordedAct} on the transparency log. The log is a permanent format:
 * the name is written into every entry and must never change with a Java rename, and the version goes up when
 * the act's payload changes shape. Every act type is listed in docs/log-format.md and pinned by a golden test.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ActType {

    /** The entry's {@code type}, e.g. {@code ConsentGiven}. */
    String value();

    /** The entry's {@code version}: the shape of its payload. */
    int version();
}
