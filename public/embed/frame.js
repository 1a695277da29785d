// Inside an embed (an iframe on another site): applies ?theme=light|dark, then tells the host page
// the content's height whenever it changes, in our format, AMP's and (when a Pym.js parent gave us
// an id) Pym's. Loaded in <head>, before the body is drawn, so a forced theme never flashes.
// The protocol is src/embed/embed-protocol.ts; tests/embed/embed-protocol.test.ts runs this file against it.
(function () {
  var params = new URLSearchParams(location.search);
  var theme = params.get('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.setAttribute('data-theme', theme);
  if (window.parent === window) return;

  var pymId = params.get('childId');
  var last = 0;

  function report(content) {
    var height = Math.ceil(content.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // Heights are not secret, and the host's origin is not known here: any parent may read them.
    parent.postMessage({ type: 'explainer-embed:height', height: height }, '*');
    parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: height }, '*');
    if (pymId) parent.postMessage('pymxPYMx' + pymId + 'xPYMxheightxPYMx' + height, '*');
  }

  function start() {
    var content = document.querySelector('[data-embed-content]');
    if (!content) return;
    if (window.ResizeObserver) new ResizeObserver(function () { report(content); }).observe(content);
    else addEventListener('resize', function () { report(content); });
    report(content);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
