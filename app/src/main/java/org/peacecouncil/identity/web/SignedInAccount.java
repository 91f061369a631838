package org.peacecouncil.identity.web;

import org.peacecouncil.identity.Account;
import org.peacecouncil.identity.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page knows who is signed in (as {@code me}, or null for a public reader). */
@ControllerAdvice(annotations = Controller.class)
class SignedInAccount {

    @ModelAttribute("me")
    Account me() {
        return CurrentActor.account().orElse(null);
    }
}
