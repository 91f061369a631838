package org.peacecouncil.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A read that can answer 409 (what it names is not on the record as asked): said so in the API document. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AnswersConflict {

    /** When it answers 409. */
    String value();
}
