/*
 * A delegation's signature from the browser (WebCrypto Ed25519). The private key is generated here, kept in this
 * browser's IndexedDB as a non-extractable CryptoKey (or, for a delegation that signs from several machines, written
 * once to a key file the delegate downloads and later loads on another machine), and never sent anywhere.
 *
 * A form that records a signable act carries data-sign-act, data-sign-state, data-sign-object (with
 * data-sign-object-field, the field that holds it) and optionally data-sign-fields (other fixed fields, as JSON); its inputs and buttons with data-sign-field add the rest. Before it is sent, the page
 * builds the act's signing payload (RFC 8785: keys sorted, JSON text, as docs/keys.md defines it), shows it in words
 * and as the exact bytes, and signs those bytes only when the delegate confirms. Without a key in this browser the
 * page shows the words and the form is sent unsigned once the delegate confirms, as it would be without JavaScript.
 *
 * Any other form whose act cannot be undone carries data-confirm: the words of what will be recorded, {name} standing
 * for a field's value (a chosen radio button's label, the pressed button's data-words); it is sent only once
 * confirmed. (Without JavaScript a form is sent as it is, with no step between.)
 */
(function () {
  'use strict';
  if (!window.crypto || !crypto.subtle || !window.indexedDB) {
    return;
  }
  var FORMAT = 'peace-council-signing-payload';

  function database() {
    return new Promise(function (resolve, reject) {
      var open = indexedDB.open('peace-council-keys', 1);
      open.onupgradeneeded = function () { open.result.createObjectStore('keys', { keyPath: 'state' }); };
      open.onsuccess = function () { resolve(open.result); };
      open.onerror = function () { reject(open.error); };
    });
  }
  function stored(state) {
    return database().then(function (db) {
      return new Promise(function (resolve, reject) {
        var get = db.transaction('keys').objectStore('keys').get(state);
        get.onsuccess = function () { resolve(get.result || null); };
        get.onerror = function () { reject(get.error); };
      });
    });
  }
  function keep(record) {
    return database().then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction('keys', 'readwrite');
        tx.objectStore('keys').put(record);
        tx.oncomplete = function () { resolve(record); };
        tx.onerror = function () { reject(tx.error); };
      });
    });
  }

  function base64(bytes) {
    var text = '';
    new Uint8Array(bytes).forEach(function (b) { text += String.fromCharCode(b); });
    return btoa(text);
  }
  function unbase64(text) {
    var raw = atob(text);
    var bytes = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) { bytes[i] = raw.charCodeAt(i); }
    return bytes;
  }
  function hex(bytes) {
    return Array.prototype.map.call(new Uint8Array(bytes), function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }
  /* RFC 8785 for the values a payload holds (text, whole numbers, booleans, lists, objects): keys in UTF-16 order. */
  function canonical(value) {
    if (Array.isArray(value)) { return '[' + value.map(canonical).join(',') + ']'; }
    if (value !== null && typeof value === 'object') {
      return '{' + Object.keys(value).sort().map(function (k) { return JSON.stringify(k) + ':' + canonical(value[k]); }).join(',') + '}';
    }
    return JSON.stringify(value);
  }
  /* The payload's time: the council's clock (not this computer's), UTC to the microsecond, as the record writes times. */
  function now() {
    return fetch('/api/v1/signing-payloads/time', { cache: 'no-store', credentials: 'same-origin' })
      .then(function (answer) { return answer.json(); })
      .then(function (body) { return body.now; })
      .catch(function () { return new Date().toISOString().replace(/\.(\d{3})Z$/, '.$1000Z'); });
  }
  function payload(act, state, object, time, fields) {
    return canonical({ act: act, format: FORMAT, version: 1, state: state, object: object, time: time, fields: fields });
  }
  function keyIdOf(rawPublic) {
    return crypto.subtle.digest('SHA-256', rawPublic).then(function (digest) { return hex(digest).slice(0, 16); });
  }
  function sign(record, text) {
    return crypto.subtle.sign({ name: 'Ed25519' }, record.privateKey, new TextEncoder().encode(text)).then(base64);
  }
  function hidden(form, name, value) {
    var input = form.querySelector('input[type=hidden][name="' + name + '"]');
    if (!input) {
      input = document.createElement('input');
      input.type = 'hidden';
      input.name = name;
      form.appendChild(input);
    }
    input.value = value;
  }
  function pem(label, bytes) {
    var body = base64(bytes).replace(/(.{64})/g, '$1\n');
    return '-----BEGIN ' + label + '-----\n' + body + (body.endsWith('\n') ? '' : '\n') + '-----END ' + label + '-----\n';
  }
  function download(name, text) {
    var link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type: 'application/x-pem-file' }));
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
  }

  /* ---------------------------------------------------------------- the key page: create, load, register */

  function keyPage(section) {
    var state = section.dataset.state;
    var valid = (section.dataset.validKeys || '').split(' ').filter(Boolean);
    var status = section.querySelector('#browser-key-status');
    var form = section.querySelector('#register-browser-key');
    section.hidden = false;
    stored(state).then(function (record) {
      if (record && valid.indexOf(record.keyId) >= 0) {
        status.textContent = 'This browser signs for ' + state + ' with key ' + record.keyId + ' (' + record.name + ').';
        section.dataset.browserKey = record.keyId;
      } else if (record) {
        status.textContent = 'This browser holds key ' + record.keyId + ', which is not a valid key of ' + state + ': register it or create another.';
      } else {
        status.textContent = 'This browser holds no key of ' + state + '.';
      }
    });

    function register(keyPair, rawPublic, name) {
      return Promise.all([keyIdOf(rawPublic), now()]).then(function (both) {
        var keyId = both[0];
        var time = both[1];
        var publicKey = base64(rawPublic);
        var text = payload('DelegationKeyRegistration', state, keyId, time, { name: name, publicKey: publicKey });
        var record = { state: state, keyId: keyId, name: name, publicKey: publicKey, privateKey: keyPair.privateKey };
        return sign(record, text).then(function (signature) {
          return keep(record).then(function () {
            hidden(form, 'publicKey', publicKey);
            hidden(form, 'signedAt', time);
            hidden(form, 'signature', signature);
            form.submit();
          });
        });
      });
    }
    function name() {
      return (form.querySelector('[name=name]').value || '').trim() || 'Browser key';
    }
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var toFile = event.submitter && event.submitter.value === 'file';
      crypto.subtle.generateKey({ name: 'Ed25519' }, toFile, ['sign', 'verify']).then(function (pair) {
        return crypto.subtle.exportKey('raw', pair.publicKey).then(function (rawPublic) {
          if (!toFile) {
            return register(pair, rawPublic, name());
          }
          return Promise.all([crypto.subtle.exportKey('pkcs8', pair.privateKey), crypto.subtle.exportKey('spki', pair.publicKey)])
            .then(function (parts) {
              download(state.toLowerCase() + '-delegation-key.pem', pem('PRIVATE KEY', parts[0]) + pem('PUBLIC KEY', parts[1]));
              return crypto.subtle.importKey('pkcs8', parts[0], { name: 'Ed25519' }, false, ['sign']);
            })
            .then(function (privateKey) { return register({ privateKey: privateKey }, rawPublic, name()); });
        });
      }).catch(function (e) { status.textContent = 'No key was created: ' + e.message; });
    });

    var file = section.querySelector('#load-key-file');
    if (file) {
      file.addEventListener('change', function () {
        var chosen = file.files[0];
        if (!chosen) { return; }
        chosen.text().then(function (text) {
          var match = /-----BEGIN PRIVATE KEY-----([\s\S]*?)-----END PRIVATE KEY-----/.exec(text);
          if (!match) { throw new Error('the file holds no PRIVATE KEY block'); }
          var pkcs8 = unbase64(match[1].replace(/\s+/g, ''));
          return crypto.subtle.importKey('pkcs8', pkcs8, { name: 'Ed25519' }, true, ['sign']).then(function (extractable) {
            return crypto.subtle.exportKey('jwk', extractable);
          }).then(function (jwk) {
            var rawPublic = unbase64(jwk.x.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - jwk.x.length % 4) % 4));
            return Promise.all([keyIdOf(rawPublic), crypto.subtle.importKey('pkcs8', pkcs8, { name: 'Ed25519' }, false, ['sign'])])
              .then(function (both) {
                return keep({ state: state, keyId: both[0], name: chosen.name, publicKey: base64(rawPublic), privateKey: both[1] });
              });
          });
        }).then(function (record) {
          status.textContent = valid.indexOf(record.keyId) >= 0
            ? 'This browser now signs for ' + state + ' with key ' + record.keyId + ' from the file.'
            : 'Loaded key ' + record.keyId + ' from the file; it is not a valid key of ' + state + ' yet.';
        }).catch(function (e) { status.textContent = 'The key file was not loaded: ' + e.message; });
      });
    }
  }

  /* ---------------------------------------------------------------- a signable act: show, confirm, sign */

  function fieldValue(element) {
    var value = element.value == null ? '' : String(element.value);
    if (element.tagName === 'TEXTAREA') {
      value = value.replace(/\r?\n/g, '\r\n'); // as the browser sends a text area
    }
    value = value.trim();
    if (value === '') { return null; }
    return element.dataset.signType === 'number' ? Number(value) : value;
  }

  function signableForm(form) {
    var state = form.dataset.signState;
    form.addEventListener('submit', function (event) {
      if (form.dataset.signed === 'yes') { return; }
      event.preventDefault();
      var submitter = event.submitter;
      stored(state).then(function (record) {
        var fields = JSON.parse(form.dataset.signFields || '{}');
        if (form.dataset.signObjectField) {
          fields[form.dataset.signObjectField] = form.dataset.signObject;
        }
        form.querySelectorAll('[data-sign-field]').forEach(function (element) {
          if (element.tagName === 'BUTTON' || element.type === 'submit') { return; }
          if ((element.type === 'radio' || element.type === 'checkbox') && !element.checked) { return; }
          var value = fieldValue(element);
          if (value !== null) { fields[element.dataset.signField] = value; }
        });
        if (submitter && submitter.dataset.signField) {
          fields[submitter.dataset.signField] = submitter.value;
        }
        if (submitter && submitter.name) {
          hidden(form, submitter.name, submitter.value);
        }
        if (!record) {
          /* No key of the state in this browser: the act is sent unsigned, as without JavaScript, once the delegate has
             read what will be recorded (for a form the council reads first, in the council's own words). */
          var unsigned = function (said) {
            confirmation(form, wording('tAboutUnsigned', 'You are about to record, unsigned (no key of {state} in this browser):')
              .replace('{state}', state), said, null, wording('tRecord', 'Record'),
              function () {
                form.dataset.signed = 'yes';
                form.submit();
              });
          };
          if (form.dataset.signPrepare) {
            return prepared(form).then(function (body) { unsigned(body.words); }).catch(function (e) { refusal(form, e.message); });
          }
          unsigned(words(form.dataset.signWords || form.dataset.signAct, fields));
          return;
        }
        if (form.dataset.signPrepare) {
          /* The act's fields need the council's own reading of the form (amounts in minor units): it prepares the payload,
             records nothing, and the page shows and signs exactly what it answered. */
          return prepared(form)
            .then(function (body) { confirmAndSign(form, record, body.payload, body.signedAt, body.words); })
            .catch(function (e) { refusal(form, e.message); });
        }
        return now().then(function (time) {
          var text = payload(form.dataset.signAct, state, form.dataset.signObject, time, fields);
          confirmAndSign(form, record, text, time, words(form.dataset.signWords || form.dataset.signAct, fields));
        });
      });
    });
  }

  /* The council's reading of the form: the act's payload, its time and its words; nothing is recorded. */
  function prepared(form) {
    return fetch(form.dataset.signPrepare, { method: 'POST', body: new FormData(form), credentials: 'same-origin' })
      .then(function (answer) {
        return answer.json().then(function (body) {
          if (!answer.ok) { throw new Error(body.detail || ('the council answered ' + answer.status)); }
          return body;
        });
      });
  }

  function refusal(form, message) {
    var old = form.parentNode.querySelector('.signing-confirmation');
    if (old) { old.remove(); }
    var box = document.createElement('div');
    box.className = 'error signing-confirmation';
    box.setAttribute('role', 'alert');
    box.textContent = 'Nothing was signed or sent: ' + message;
    form.after(box);
  }

  function words(template, fields) {
    return template.replace(/\{(\w+)\}/g, function (all, name) { return fields[name] == null ? '' : String(fields[name]); });
  }

  /*
   * What will be recorded, shown after the form with a button that records it and one that does not: every
   * irreversible or state-committing act asks this before it is sent. onYes gets the box's words element and the button.
   */
  function confirmation(form, leadText, said, bytes, yesLabel, onYes) {
    var old = form.parentNode.querySelector('.signing-confirmation');
    if (old) { old.remove(); }
    var box = document.createElement('div');
    box.className = 'card signing-confirmation';
    box.setAttribute('role', 'alertdialog');
    box.setAttribute('aria-live', 'assertive');
    var lead = document.createElement('p');
    var strong = document.createElement('strong');
    strong.textContent = leadText;
    lead.appendChild(strong);
    var what = document.createElement('p');
    what.className = 'signing-words';
    what.textContent = said;
    box.append(lead, what);
    if (bytes !== null) {
      var details = document.createElement('details');
      var summary = document.createElement('summary');
      summary.textContent = 'The exact bytes signed';
      var pre = document.createElement('pre');
      pre.className = 'signing-payload';
      pre.textContent = bytes;
      details.appendChild(summary);
      details.appendChild(pre);
      box.appendChild(details);
    }
    var yes = document.createElement('button');
    yes.type = 'button';
    yes.id = bytes !== null ? 'sign-and-send' : 'confirm-act';
    yes.textContent = yesLabel;
    var no = document.createElement('button');
    no.type = 'button';
    no.className = 'secondary';
    no.id = 'cancel-act';
    no.textContent = wording('tCancel', 'Cancel');
    box.append(yes, document.createTextNode(' '), no);
    form.after(box);
    yes.focus();
    no.addEventListener('click', function () { box.remove(); });
    yes.addEventListener('click', function () { onYes(what, yes); });
  }

  function confirmAndSign(form, record, text, time, said) {
    confirmation(form, 'You are about to sign with key ' + record.keyId + ':', said, text, 'Sign and record', function (what, yes) {
      yes.disabled = true;
      sign(record, text).then(function (signature) {
        hidden(form, 'signatureKeyId', record.keyId);
        hidden(form, 'signatureSignedAt', time);
        hidden(form, 'signatureValue', signature);
        form.dataset.signed = 'yes';
        form.submit();
      }).catch(function (e) { what.textContent = 'Not signed: ' + e.message; yes.disabled = false; });
    });
  }

  /* ------------------------------------------------- an irreversible act that is not signed: show, confirm */

  /* A field's words for the confirmation: a chosen radio button's label (a candidate's name, not its id). */
  function spoken(form, name, submitter) {
    if (submitter && submitter.name === name) { return submitter.dataset.words || submitter.value; }
    var chosen = form.querySelector('input[type=radio][name="' + name + '"]:checked');
    if (chosen) { return chosen.dataset.words || (chosen.closest('label') ? chosen.closest('label').textContent.trim() : chosen.value); }
    var element = form.elements[name];
    return element && element.value != null ? String(element.value).trim() : '';
  }

  /** The page's words in the reader's language, which the header carries (data-t-*), else English. */
  function wording(key, english) {
    var header = document.querySelector('header.site');
    return header && header.dataset[key] ? header.dataset[key] : english;
  }

  function confirmedForm(form) {
    form.addEventListener('submit', function (event) {
      if (form.dataset.confirmed === 'yes') { return; }
      event.preventDefault();
      var submitter = event.submitter;
      var said = form.dataset.confirm.replace(/\{(\w+)\}/g, function (all, name) { return spoken(form, name, submitter); });
      confirmation(form, wording('tAbout', 'You are about to record:'), said, null, form.dataset.confirmButton || wording('tRecord', 'Record'), function () {
        if (submitter && submitter.name) {
          hidden(form, submitter.name, submitter.value);
        }
        form.dataset.confirmed = 'yes';
        form.submit();
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var section = document.getElementById('browser-key');
    if (section) { keyPage(section); }
    document.querySelectorAll('form[data-sign-act]').forEach(signableForm);
    document.querySelectorAll('form[data-confirm]').forEach(confirmedForm);
  });
})();
