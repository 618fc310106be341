// Runs on every page, with or without the app: shows the notice in the shell while the device is
// offline, keeps searches and postcodes in the browser, and registers the service worker that
// keeps the site for offline use and offers a new build. Written into each page by trunk
// (allowed by the security policy's hash), so it costs no request.
const notice = document.getElementById('offline-notice');
const showWhetherOffline = () => {
  notice.hidden = navigator.onLine;
};
addEventListener('online', showWhetherOffline);
addEventListener('offline', showWhetherOffline);
showWhetherOffline();

// Searches, postcodes and answers never leave the browser. Their fields have no name, so a form
// sent without JavaScript carries nothing; a search, from the header or the search page, goes to
// the search page with the words in the address's fragment, which browsers never send. There
// the search part of the app reads them (app/src/search.rs), whenever they change.
const SEARCH_FIELDS = { search: 'search-field', 'search-page': 'search-page-field' };
document.addEventListener('submit', (event) => {
  const field = SEARCH_FIELDS[event.target.id];
  if (!field) return;
  event.preventDefault();
  location.assign(`/search#q=${encodeURIComponent(document.getElementById(field).value.trim())}`);
});

// A button that prints the page: care navigation's quick reference, a page with no app.
document.addEventListener('click', (event) => {
  if (event.target.closest('[data-print]')) print();
});

const appReady = () => document.documentElement.dataset.app === 'ready';

// The first screens of the questions and of care navigation, and Find a service's filters and
// postcode box, can be used before the app has started. A form sent before then waits, saying
// so, and keeps its button's words; the app, once started, sends it: the questions do again in
// their own form what was ticked or typed (app/src/takeover.rs), and Find a service, which keeps
// the form as written, answers it and gives the button its words back (app/src/services.rs).
document.addEventListener('submit', (event) => {
  const form = event.target;
  if (appReady() || !form.matches('#red-flags, #reason-search, #nearest-first')) return;
  event.preventDefault();
  const button = form.querySelector('button[type="submit"]');
  form.dataset.pending = button.textContent;
  button.textContent = 'Loading\u2026';
});
// Until then, "None of these" and the signs untick each other, as they do in the app.
document.addEventListener('change', (event) => {
  const box = event.target;
  if (appReady() || !box.checked || !box.matches('.nhsuk-checkboxes__input')) return;
  const exclusive = box.hasAttribute('data-checkbox-exclusive');
  for (const other of box.closest('.nhsuk-checkboxes')?.querySelectorAll('.nhsuk-checkboxes__input') ?? []) {
    if (other !== box && (exclusive || other.hasAttribute('data-checkbox-exclusive'))) other.checked = false;
  }
});

// Browsers offer service workers only to secure (https or local) pages. Registering after the
// page has loaded keeps the offline copy from competing with the page itself. When a new build's
// worker is waiting, the page says so and "Reload" lets it take over at once, so a corrected
// piece of advice reaches people now rather than after every tab is closed.
if ('serviceWorker' in navigator) {
  const updateNotice = document.getElementById('update-notice');
  let reloadWhenTakenOver = false;
  const offerUpdate = (worker) => {
    updateNotice.hidden = false;
    document.getElementById('update-reload').onclick = () => {
      reloadWhenTakenOver = true;
      worker.postMessage('take-over');
    };
  };
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloadWhenTakenOver) location.reload();
  });
  addEventListener('load', async () => {
    const registration = await navigator.serviceWorker.register('/sw.js').catch(() => null);
    if (!registration) return; // Refused here (blocked by settings or policy): the site works without it.
    // A worker waits only behind an older one in charge of this page; a first visit has no update.
    const offerIfWaiting = () => {
      if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
    };
    offerIfWaiting();
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', offerIfWaiting);
    });
  });
}
