package org.peacecouncil.charter;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A bad charter file stops start-up with one readable line instead of a stack trace. */
class CharterFailureAnalyzer extends AbstractFailureAnalyzer<CharterFileException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, CharterFileException cause) {
        return new FailureAnalysis("The charter file cannot be used: " + cause.getMessage(),
                "Correct the charter file (format: docs/charter-format.md) or point PEACE_COUNCIL_CHARTER at another one.",
                cause);
    }
}
