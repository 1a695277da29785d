// Embed loader for other sites. Replaces each placeholder <blockquote data-explainer-embed="…/embed/…">
// (readable without JavaScript) with a lazy iframe, and sets the iframe's height from that iframe's
// own messages. Safe to load more than once. Embed code pasted before the names were story-neutral
// (data-istanbul-talks-embed, and its message type) still works: tests/embed/former-embed-names.ts.
// The protocol is src/embed/embed-protocol.ts; tests/embed/embed-protocol.test.ts runs this file against it.
(function () {
  var script = document.currentScript;
  if (!script || !window.URL) return;
  // Embeds come from where this script comes from, and nowhere else.
  var origin = new URL(script.src).origin;
  var frames = [];

  function upgrade() {
    var placeholders = document.querySelectorAll(
      'blockquote[data-explainer-embed], blockquote[data-istanbul-talks-embed]'
    );
    for (var i = 0; i < placeholders.length; i++) {
      var placeholder = placeholders[i];
      var src;
      try {
        src = new URL(
          placeholder.getAttribute('data-explainer-embed') || placeholder.getAttribute('data-istanbul-talks-embed'),
          origin
        );
      } catch (error) {
        continue;
      }
      if (src.origin !== origin || src.pathname.indexOf('/embed/') !== 0) continue;
      var frame = document.createElement('iframe');
      frame.src = src.href;
      frame.title =
        placeholder.getAttribute('data-explainer-title') ||
        placeholder.getAttribute('data-istanbul-talks-title') ||
        'Embedded fact box';
      frame.setAttribute('loading', 'lazy');
      // Links open in a new tab; the embed can never navigate or script the host page.
      frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox');
      // Start at the placeholder's height, which holds the same text, so the page barely moves.
      var height = Math.min(Math.max(placeholder.offsetHeight, 150), 10000);
      frame.style.cssText = 'display:block;width:100%;border:0;height:' + height + 'px';
      placeholder.parentNode.replaceChild(frame, placeholder);
      frames.push(frame);
    }
  }

  addEventListener('message', function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || (data.type !== 'explainer-embed:height' && data.type !== 'istanbul-talks-explained:embed-height')) return;
    var height = data.height;
    // Also false for NaN and Infinity.
    if (typeof height !== 'number' || !(height >= 50 && height <= 10000)) return;
    for (var i = 0; i < frames.length; i++) {
      if (event.source && frames[i].contentWindow === event.source) frames[i].style.height = Math.ceil(height) + 'px';
    }
  });

  upgrade();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', upgrade);
})();
