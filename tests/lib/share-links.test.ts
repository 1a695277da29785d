// Share links (src/lib/share-links.ts): plain URLs built from the page's address. The networks draw
// the title from the page's link-card tags, so only the email carries it, as its subject.
import { describe, expect, test } from 'vitest';
import { shareTargets } from '../../src/lib/share-links.ts';

const url = 'https://istanbul-talks.example.org/articles/what-comes-next/';
const title = 'What the Istanbul talks of May 2025 left open: a truce, EU sanctions & a summit';
const u = encodeURIComponent(url);

describe('shareTargets', () => {
  test('each network, in order, with the page’s address and nothing else', () => {
    expect(shareTargets(url, title)).toEqual([
      {
        name: 'Email',
        href: `mailto:?subject=${encodeURIComponent(title)}&body=${u}`,
      },
      { name: 'WhatsApp', href: `https://wa.me/?text=${u}` },
      { name: 'Telegram', href: `https://t.me/share/url?url=${u}` },
      { name: 'X', href: `https://x.com/intent/post?url=${u}` },
      { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
      { name: 'Bluesky', href: `https://bsky.app/intent/compose?text=${u}` },
      { name: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    ]);
  });

  test('only the email carries the title: as its subject, with the address alone as its body', () => {
    const targets = shareTargets(url, title);
    const email = new URL(targets[0]!.href);
    expect(email.searchParams.get('subject')).toBe(title);
    expect(email.searchParams.get('body')).toBe(url);
    for (const { name, href } of targets.slice(1)) {
      expect(href, name).not.toContain(encodeURIComponent('Istanbul talks'));
      expect(href, name).not.toContain('Istanbul');
    }
  });
});
