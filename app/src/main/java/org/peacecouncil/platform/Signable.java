package org.peacecouncil.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@link RecordedAct} a delegation can sign: the record component that names the object acted on, and the
 * components whose values the signature covers. The signing payload is built from exactly these values, and the log
 * entry names them, so that anyone can rebuild the signed bytes from the entry alone. Every named component must
 * serialize to JSON text, numbers, booleans or lists and maps of them (never a time: the log and the payload would
 * write it differently).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Signable {

    /** The component holding the id of what is acted on (a motion, an invitation, a flow, a mission). */
    String object();

    /** The components the signature covers, in the order the documentation lists them. */
    String[] fields();

    /** The component naming the state whose delegation signs (the state the act is about, unless it says otherwise). */
    String signer() default "state";
}
