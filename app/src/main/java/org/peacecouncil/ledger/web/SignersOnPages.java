package org.peacecouncil.ledger.web;

import org.peacecouncil.ledger.SignedEntries;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page can say of a log entry it links to whether its state signed it ({@code layout :: entry(e)}): the record
 * pages of motions, elections, funds and missions show "signed by AZE" beside the act's entry.
 */
@ControllerAdvice(annotations = Controller.class)
class SignersOnPages {

    private final SignedEntries signed;

    SignersOnPages(SignedEntries signed) {
        this.signed = signed;
    }

    @ModelAttribute("signers")
    SignedEntries signers() {
        return signed;
    }
}
