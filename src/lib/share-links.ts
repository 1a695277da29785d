// Share links that work without JavaScript and load nothing from the networks until a reader
// clicks: each is a plain URL built from the page's address. The networks draw the title, the
// description and the image from the page's link-card tags, so only the email carries the title
// (as its subject); repeating a long headline, percent-encoded, in every link cost each article
// page about half a kilobyte of its byte budget.

export interface ShareTarget {
  /** The network's name, as the link's visible text. */
  name: string;
  href: string;
}

export function shareTargets(url: string, title: string): ShareTarget[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { name: 'Email', href: `mailto:?subject=${t}&body=${u}` },
    { name: 'WhatsApp', href: `https://wa.me/?text=${u}` },
    { name: 'Telegram', href: `https://t.me/share/url?url=${u}` },
    { name: 'X', href: `https://x.com/intent/post?url=${u}` },
    { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: 'Bluesky', href: `https://bsky.app/intent/compose?text=${u}` },
    { name: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
  ];
}
