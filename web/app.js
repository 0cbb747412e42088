/* Signpost web checker: the little the browser must do around the core.
   - loads the WebAssembly core (signpost.js + signpost.wasm) beside this script;
   - history: every screen is a URL fragment holding the session's state, so
     back, forward and reload work, and answers never leave the page (browsers
     do not send the fragment to any server);
   - focus: to the error summary when there is one, else to the page's h1;
   - read aloud (Web Speech API, in the page's language) and print;
   - offline: a service worker keeps the files for the next visit;
   - anonymous counts for the council, only where it asks for them and only
     when the family says yes.
   The core decides everything and writes all the words; this file never
   evaluates a rule or builds text. Embedding: one element with data-signpost
   (data-signpost-offer="<offer>") and one script tag for this file; a
   council that collects anonymous counts adds its config (docs/counts.md). */
(function () {
  'use strict';

  var script = document.currentScript;
  var base = new URL('.', script ? script.src : location.href);
  var root = document.querySelector('[data-signpost]');
  if (!root) return;
  var params = new URLSearchParams(location.search);
  var pageOffer = root.getAttribute('data-signpost-offer') || 'leicestershire';
  var offer = params.get('offer') || pageOffer;
  if (!/^[a-z0-9-]{1,64}$/.test(offer)) offer = pageOffer;
  // Each offer has its own page, drawn ahead of time (<offer>/); a link to
  // another offer's checker by ?offer= goes there, keeping any state.
  if (offer !== pageOffer && root.hasAttribute('data-signpost-page')) {
    location.replace(new URL(offer + '/', base).href + location.hash);
    return;
  }
  var core = null;
  var queued = false;  // Start was pressed before the core arrived
  var loading = document.querySelector('[data-loading]');
  // Fetched at once, beside the WebAssembly (the page preloads it too).
  var fetched = {};
  function fetchText(path) {
    if (!fetched[path]) {
      fetched[path] = fetch(new URL(path, base).href).then(function (r) {
        if (!r.ok) throw new Error(path);
        return r.text();
      });
      fetched[path].catch(function () { delete fetched[path]; });
    }
    return fetched[path];
  }
  fetchText('content/' + offer + '.json').catch(function () {});
  // The core's code, fetched at once too (the page preloads it), checked
  // whole before it is handed to the loader, which instantiates it.
  var wasm = fetch(new URL('signpost.wasm', base).href).then(function (r) {
    if (!r.ok) throw new Error('signpost.wasm');
    return r.arrayBuffer();
  }).then(function (bytes) {
    if (!WebAssembly.validate(bytes)) throw new Error('signpost.wasm');
    return bytes;
  });
  wasm.catch(function () {});

  document.documentElement.classList.remove('sp-no-js');
  document.documentElement.classList.add('sp-js');
  if (!document.querySelector('link[href$="signpost.css"]')) {
    var css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = new URL('signpost.css', base).href;
    document.head.appendChild(css);
  }

  function today() {
    var d = new Date();
    var pad = function (n) { return (n < 10 ? '0' : '') + n; };
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
  }

  // Whether a link's fragment is a state of the core's (which always starts
  // with an escape), not the page's own #main or an error summary's #field.
  function isState(hash) { return !!hash && hash.length > 1 && hash.charAt(1) === '%'; }

  function call(fn, strings) {
    var ptrs = strings.map(function (text) {
      var size = core.lengthBytesUTF8(text) + 1;
      var ptr = core._malloc(size);
      core.stringToUTF8(text, ptr, size);
      return ptr;
    });
    var result = fn.apply(null, ptrs);
    ptrs.forEach(function (p) { core._free(p); });
    return result;
  }

  // Counts of demand, only where the council's embed config names where they
  // go: {"counts": {"endpoint": "https://..."}} in a <script type="application/json"
  // data-signpost-config> on its page. After the result the family is asked;
  // only a yes sends one POST of this check's record (core/counts: no answers,
  // no date of birth, no postcode, nothing that says who they are), with no
  // cookies and no referrer. Nothing is counted otherwise.
  var countsEndpoint = readCountsEndpoint();
  var countsAnswered = false;  // for this check: a restart asks again
  var record = null;           // this check's record, held until the family answers
  function readCountsEndpoint() {
    var node = document.querySelector('script[type="application/json"][data-signpost-config]');
    if (!node) return '';
    try {
      var endpoint = JSON.parse(node.textContent).counts.endpoint;
      var url = new URL(endpoint, location.href);
      var local = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
      return url.protocol === 'https:' || (url.protocol === 'http:' && local) ? url.href : '';
    } catch (e) { return ''; }
  }
  function answerCounts(yes) {
    var box = root.querySelector('[data-counts]');
    if (!box || countsAnswered) return;
    countsAnswered = true;
    var body = yes && record ? JSON.stringify(record) : '';
    record = null;
    var said = box.querySelector('[data-counts-said]');
    function tell(which) {
      box.querySelector('[data-counts-buttons]').hidden = true;
      said.textContent = said.getAttribute(which);
      said.tabIndex = -1;
      said.focus();
    }
    if (!body) return tell('data-declined');
    fetch(countsEndpoint, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: body, credentials: 'omit',
      referrerPolicy: 'no-referrer', cache: 'no-store' })
      .then(function (r) { tell(r.ok ? 'data-sent' : 'data-failed'); }, function () { tell('data-failed'); });
  }

  function ask(request) {
    request.offer = offer;
    if (countsEndpoint && !countsAnswered) request.counts = true;
    request.today = today();
    request.pictures = new URL('pictures/', base).pathname;
    request.statement = new URL(offer + '/statement/', base).pathname;  // the offer's Short Breaks Services Statement
    // The core picks the language: the family's choice in the state, else the browser's preference.
    request.accept = Array.prototype.slice.call(navigator.languages || [navigator.language || 'en-GB']);
    return JSON.parse(core.UTF8ToString(call(core._signpost_view, [JSON.stringify(request)])));
  }

  // The core holds only the words every offer shares. The offer's own content
  // is fetched as one file; another language's words the first time a family
  // picks it, and easy read the first time they turn it on (a request names an
  // offer or a language, never an answer).
  function fetchContent(paths) {
    return Promise.all(paths.map(function (path) {
      return fetchText(path).then(function (text) { call(core._signpost_add_content, [path, text]); });
    }));
  }

  // Asks the core for a view, fetching what it needs first: the offer's
  // content, then perhaps its words in the family's language, asking again
  // until nothing is missing (a path needed twice is a failure, never a loop).
  // Words that cannot be had (offline on a first visit, say) fall back to plain
  // English; an offer whose content cannot be had is a failure.
  function view(request, tried) {
    tried = tried || {};
    var answer = ask(request);
    if (!answer.need) return Promise.resolve(answer);
    var offerContent = answer.need.some(function (p) { return p.indexOf('content/') === 0; });
    var again = answer.need.some(function (p) { return tried[p]; });
    if (again) return Promise.resolve(offerContent ? { failure: 'the offer could not be read' } : plain(request));
    answer.need.forEach(function (p) { tried[p] = true; });
    return fetchContent(answer.need).then(function () { return view(request, tried); }, function () {
      return offerContent ? { failure: 'the offer could not be fetched' } : plain(request);
    });
  }
  function plain(request) {
    request.plain = true;
    return ask(request);
  }

  // Saving on this device: only when the family presses "Save", and gone when
  // they press "Forget". The saved thing is the fragment: place and answers.
  var savedKey = 'signpost:' + offer;
  function saved() {
    try { return localStorage.getItem(savedKey); } catch (e) { return null; }
  }
  function showSaved(justSaved) {
    var has = !!saved();
    var forget = root.querySelector('[data-tool=forget]');
    if (forget) forget.hidden = !has;
    var message = root.querySelector('[data-saved]');
    if (message) message.hidden = !justSaved;
    var resume = root.querySelector('[data-resume]');
    if (resume) resume.hidden = !has;
  }
  function useTool(tool) {
    var name = tool.getAttribute('data-tool');
    if (name === 'print') window.print();
    else if (name === 'print-letter') printLetter();
    else if (name === 'speak') toggleSpeech(tool);
    else if (name === 'save') {
      try { localStorage.setItem(savedKey, location.hash); } catch (e) { return; }
      showSaved(true);
    } else if (name === 'forget') {
      try { localStorage.removeItem(savedKey); } catch (e) { return; }
      showSaved(false);
    } else if (name === 'resume' && saved()) location.hash = saved();
  }

  // When the check cannot run: the page as it is without a script (every short
  // break, and who can get it), with a message saying so.
  var drawnAhead = root.innerHTML;  // the start page as drawn ahead of time, with every short break
  function fail() {
    if (core) window.removeEventListener('hashchange', onHashChange);
    core = null;
    root.innerHTML = drawnAhead;
    document.documentElement.classList.remove('sp-js');
    document.documentElement.classList.add('sp-no-js');
    if (loading) loading.hidden = true;
    var failed = document.querySelector('[data-failed]');
    if (failed) {
      failed.hidden = false;
      failed.focus();  // said at once, wherever focus was (Start is gone without the script)
    }
  }

  function show(view, moveFocus) {
    if (view.failure || !view.html) return fail();
    stopSpeaking();
    root.innerHTML = view.html; // built by the core's HTML renderer, every string escaped
    record = view.record || null;
    showSaved(false);
    offerReading();
    document.title = view.title;
    document.documentElement.lang = view.lang;
    document.documentElement.dir = view.dir;
    var service = document.querySelector('[data-service]');
    if (service) service.textContent = view.service;
    var skip = document.querySelector('.sp-skip-link');
    if (skip && view.skip) skip.textContent = view.skip;
    if (!moveFocus) return;
    var target = root.querySelector('.sp-error-summary') || root.querySelector('h1');
    if (target) target.focus();
  }

  // Answers given in this page's life, in memory only: going back through the
  // browser's history shows an earlier screen with every answer still in place,
  // as the back link does. The core merges them in; to the page the state is
  // an opaque fragment. Restart forgets them.
  var remembered = '';
  function current() { return { fragment: location.hash, remembered: remembered }; }
  function onHashChange() { render(true); }

  // Only the newest request draws: a slow fetch (another language's words)
  // never puts back a screen the family has already moved on from.
  var asked = 0;
  function latest(promise) {
    var mine = ++asked;
    return promise.then(function (v) { return mine === asked ? v : null; });
  }

  function render(moveFocus) {
    return latest(view(current())).then(function (v) {
      if (!v) return;
      if (v.hash) remembered = v.hash;
      show(v, moveFocus);
    });
  }

  // What a question form holds, as the core expects it.
  function formValue(form) {
    var kind = form.getAttribute('data-kind');
    if (kind === 'date') {
      var parts = {};
      ['day', 'month', 'year'].forEach(function (p) { parts[p] = form.elements[p].value; });
      return parts;
    }
    var picked = Array.prototype.filter.call(form.querySelectorAll('input'), function (i) { return i.checked; })
      .map(function (i) { return i.value; });
    // Where the family lives: a typed postcode wins over a picked area; the core keeps only its district.
    if (kind === 'place') return { postcode: form.elements.postcode.value, area: picked[0] || '' };
    return kind === 'multi' ? picked : (picked[0] || null);
  }

  function onSubmit(event) {
    var form = event.target.closest('form[data-question], form[data-search], form[data-code-entry]');
    if (!form) return;
    event.preventDefault();
    var sent = form.hasAttribute('data-search') ? { event: 'search', value: form.elements.q.value }
      : form.hasAttribute('data-code-entry') ? { event: 'code', value: form.elements.code.value }
      : { event: 'answer', question: form.getAttribute('data-question'), value: formValue(form) };
    var request = current();
    request.event = sent;
    latest(view(request)).then(function (v) {
      if (!v) return;
      if (v.hash) remembered = v.hash;
      if (v.error || v.hash === location.hash || v.failure) show(v, true);
      else location.hash = v.hash; // a new history entry; hashchange renders it
    }).catch(fail);
  }

  // Links dressed as buttons (Start, See your results) answer Space as buttons
  // do, as GOV.UK's start button does; Enter already follows them.
  function onKeyDown(event) {
    var link = event.target.closest && event.target.closest('a[role=button]');
    if (!link || (event.key !== ' ' && event.key !== 'Spacebar')) return;
    event.preventDefault();
    link.click();
  }

  // Links within the page (skip link, error summary) move focus, not the state.
  function onClick(event) {
    // Before the core is ready, a press on a state link (Start) is kept in the
    // URL and acted on when the core arrives; meanwhile the family is told.
    var early = !core && event.target.closest('a[href^="#%"]');
    if (early) {
      if (loading) {
        loading.classList.add('sp-loading--waiting');
        var text = loading.querySelector('.sp-loading__text');
        if (text) {
          // Emptied, then put back: a live region says a changed text, not the same one set again.
          var words = text.textContent;
          text.textContent = '';
          window.setTimeout(function () { text.textContent = words; }, 100);
        }
      }
      queued = true;
    }
    var link = event.target.closest('a[href^="#"]');
    if (link && !link.hasAttribute('data-tool') && !isState(link.getAttribute('href'))) {
      var id = link.getAttribute('href').slice(1);
      var target = document.getElementById(id);
      if (target) {
        event.preventDefault();
        // A place folded away (the request, say) opens as it is reached.
        for (var fold = target.closest('details'); fold; fold = fold.parentElement.closest('details')) fold.open = true;
        var legend = target.closest('fieldset') && target.closest('fieldset').querySelector('legend');
        (legend || target).scrollIntoView();
        target.focus({ preventScroll: true });
      }
      return;
    }
    if (link && link.getAttribute('data-event') === 'restart') {
      remembered = '';
      countsAnswered = false;
    }
    var counts = event.target.closest('[data-counts-answer]');
    if (counts) return answerCounts(counts.getAttribute('data-counts-answer') === 'yes');
    var tool = event.target.closest('[data-tool]');
    if (tool) {
      event.preventDefault();
      useTool(tool);
    }
  }

  // The request for an assessment: the answers the family leaves ticked are
  // the ones its email and its letters hold. The core wrote the email link with
  // every answer; this only takes lines out (the English lines, for the council).
  function updateRequest(request) {
    var boxes = Array.prototype.slice.call(request.querySelectorAll('input[type=checkbox]'));
    boxes.forEach(function (box) {
      var question = box.id.slice(request.id.length + 1);
      Array.prototype.forEach.call(request.querySelectorAll('.sp-letter li[data-question="' + question + '"]'), function (li) {
        li.hidden = !box.checked;
      });
    });
    var email = request.querySelector('[data-request-email]');
    if (!email) return;
    var url = new URL(email.href);
    var body = url.searchParams.get('body') || '';
    var lines = body.split('\n').filter(function (line) {
      return !boxes.some(function (box) { return !box.checked && line === '- ' + box.getAttribute('data-line'); });
    });
    var all = body.split('\n');
    boxes.forEach(function (box) {
      var line = '- ' + box.getAttribute('data-line');
      if (box.checked && lines.indexOf(line) < 0) {
        // put it back where the core had it
        var at = all.indexOf(line);
        var before = all.slice(0, at).reverse().find(function (l) { return lines.indexOf(l) >= 0; });
        lines.splice(before === undefined ? 0 : lines.indexOf(before) + 1, 0, line);
      }
    });
    email.href = 'mailto:' + encodeURIComponent(request.getAttribute('data-to')) + '?subject=' +
      encodeURIComponent(request.getAttribute('data-subject')) + '&body=' + encodeURIComponent(lines.join('\n'));
  }

  // Prints the request letters only (the print stylesheet shows them, and
  // nothing else, while the page has sp-printing-letter).
  function printLetter() {
    var sheet = document.createElement('div');
    sheet.className = 'sp-letters-print';
    Array.prototype.forEach.call(root.querySelectorAll('.sp-letter'), function (letter) {
      var copy = letter.cloneNode(true);
      // The answers the family left out are not in the letters at all.
      Array.prototype.forEach.call(copy.querySelectorAll('[hidden]'), function (n) { n.parentNode.removeChild(n); });
      sheet.appendChild(copy);
    });
    document.body.appendChild(sheet);
    document.documentElement.classList.add('sp-printing-letter');
    var done = function () {
      document.documentElement.classList.remove('sp-printing-letter');
      if (sheet.parentNode) sheet.parentNode.removeChild(sheet);
      window.removeEventListener('afterprint', done);
    };
    window.addEventListener('afterprint', done);
    window.print();
    setTimeout(done, 1000);
  }

  // "None of these" clears the others, and the others clear it.
  function onChange(event) {
    var box = event.target;
    var request = box.closest && box.closest('[data-request]');
    if (request) {
      updateRequest(request);
      return;
    }
    if (box.type !== 'checkbox' || !box.checked) return;
    var form = box.form;
    Array.prototype.forEach.call(form.querySelectorAll('input[type=checkbox]'), function (other) {
      if (other !== box && (box.hasAttribute('data-exclusive') || other.hasAttribute('data-exclusive'))) other.checked = false;
    });
  }

  // Read aloud: the page's main text, in the page's language.
  // Only a voice on this device reads the page: an online one would send it,
  // answers and all, to the voice's provider. Without one, "Read aloud" is not offered.
  function localVoice() {
    if (!window.speechSynthesis) return null;
    var lang = document.documentElement.lang.toLowerCase();
    var voices = window.speechSynthesis.getVoices().filter(function (v) { return v.localService; });
    return voices.filter(function (v) { return v.lang.toLowerCase() === lang; })[0] ||
      voices.filter(function (v) { return v.lang.toLowerCase().split('-')[0] === lang.split('-')[0]; })[0] || null;
  }
  function offerReading() {
    var button = root.querySelector('[data-tool=speak]');
    if (button) button.hidden = !localVoice();
  }
  if (window.speechSynthesis) window.speechSynthesis.addEventListener('voiceschanged', offerReading);
  var speaking = null;
  function stopSpeaking() {
    if (speaking && window.speechSynthesis) window.speechSynthesis.cancel();
    speaking = null;
  }
  function toggleSpeech(button) {
    if (!window.speechSynthesis) return;
    if (speaking) {
      stopSpeaking();
      return;
    }
    var voice = localVoice();
    if (!voice) return;
    var label = button.textContent;
    var utterance = new SpeechSynthesisUtterance(root.innerText);
    utterance.lang = document.documentElement.lang;
    utterance.voice = voice;
    utterance.onend = utterance.onerror = function () { speaking = null; button.textContent = label; };
    speaking = utterance;
    button.textContent = button.getAttribute('data-stop');
    window.speechSynthesis.speak(utterance);
  }

  root.addEventListener('submit', onSubmit);
  document.addEventListener('click', onClick);
  document.addEventListener('keydown', onKeyDown);
  root.addEventListener('change', onChange);

  // Offline next time: the service worker keeps the files this visit already
  // fetched (from the browser's cache, not the network again).
  function keepForNextTime() {
    if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
    var own = function (u) { return u.indexOf(base.href) === 0; };  // the checker's files, not the council page's
    var urls = performance.getEntriesByType('resource').map(function (e) { return e.name; }).filter(own);
    urls.push(location.href.split('#')[0]);
    var meta = document.querySelector('meta[name=signpost-version]');
    var version = meta ? meta.getAttribute('content') : '';
    var send = function (worker) { if (worker) worker.postMessage({ keep: urls, version: version }); };
    navigator.serviceWorker.register(new URL('sw.js', base).href).then(function () {
      return navigator.serviceWorker.ready;
    }).then(function (registration) {
      // A newer worker on its way takes over first, and is the one told (it
      // keeps nothing of a page of another version); else the active one.
      if (!registration.installing && !registration.waiting) return send(registration.active);
      navigator.serviceWorker.addEventListener('controllerchange', function () { send(navigator.serviceWorker.controller); }, { once: true });
    }).catch(function () {});
  }

  var loader = document.createElement('script');
  loader.src = new URL('signpost.js', base).href;
  loader.onerror = fail;
  loader.onload = function () {
    // Emscripten's minimal loader passes on no failure to instantiate the
    // module (a browser without the memory for it, say): the browser reports
    // it as a rejection nobody handled, which, until the core is ready, is
    // taken as the core failing to start.
    var failedToStart = new Promise(function (resolve, reject) {
      window.addEventListener('unhandledrejection', function (e) { if (!core) reject(e.reason); });
    });
    failedToStart.catch(function () {});
    wasm.then(function (bytes) {
      return Promise.race([window.createSignpost({ wasm: bytes }), failedToStart]);
    }).then(function (module) {
      core = module;
      window.addEventListener('hashchange', onHashChange);
      // The page already shows its offer's start page; draw what the URL asks
      // for (a Start pressed while the core was on its way moves focus there).
      return render(queued || isState(location.hash)).then(function () {
        if (loading) loading.hidden = true;
        if (document.documentElement.classList.contains('sp-no-js')) return;
        root.setAttribute('data-signpost-ready', '');
        keepForNextTime();
      });
    }).catch(fail);
  };
  document.head.appendChild(loader);
})();
