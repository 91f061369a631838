package org.peacecouncil.charter;

/** A charter file that cannot be used, with the file, line and field at fault. */
public class CharterFileException extends RuntimeException {

    public CharterFileException(String message) {
        super(message);
    }

    public CharterFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
