// Runs on every page, with or without the app: shows the notice in the shell while the device is
// offline, and registers the service worker that keeps the site for offline use. Written into
// each page by trunk (allowed by the security policy's hash), so it costs no request.
const notice = document.getElementById('offline-notice');
const showWhetherOffline = () => {
  notice.hidden = navigator.onLine;
};
addEventListener('online', showWhetherOffline);
addEventListener('offline', showWhetherOffline);
showWhetherOffline();

// Browsers offer service workers only to secure (https or local) pages. Registering after the
// page has loaded keeps the offline copy from competing with the page itself.
if ('serviceWorker' in navigator) {
  addEventListener('load', () => navigator.serviceWorker.register('/sw.js'));
}
