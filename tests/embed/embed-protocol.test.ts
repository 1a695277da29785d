// The embed message protocol, and the two hand-written scripts that speak it: public/embed/frame.js
// (inside the iframe) and public/embed.js (on the host page), run in a Node VM with a fake DOM.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import {
  acceptedEmbedHeight,
  AMP_EMBED_SIZE_TYPE,
  AMP_SENTINEL,
  ampEmbedSizeMessage,
  EMBED_HEIGHT_MAX,
  EMBED_HEIGHT_MESSAGE_TYPE,
  EMBED_HEIGHT_MIN,
  EMBED_TITLE_ATTRIBUTE,
  EMBED_URL_ATTRIBUTE,
  embedHeightMessage,
  heightMessages,
  isSaneHeight,
  PYM_CHILD_ID_PARAMETER,
  PYM_MESSAGE_DELIMITER,
  pymHeightMessage,
  readAmpEmbedSizeMessage,
  readEmbedHeightMessage,
  readPymHeightMessage,
  reportedHeight,
} from '../../src/embed/embed-protocol.ts';
import { EMBED_SANDBOX } from '../../src/embed/embed-snippet.ts';
import { FORMER_EMBED_NAMES } from './former-embed-names.ts';

const root = join(import.meta.dirname, '..', '..');
const frameScript = readFileSync(join(root, 'public', 'embed', 'frame.js'), 'utf8');
const loaderScript = readFileSync(join(root, 'public', 'embed.js'), 'utf8');
const pymSource = readFileSync(join(root, 'node_modules', 'pym.js', 'dist', 'pym.v1.js'), 'utf8');

/** Heights no host may accept. */
const BAD_HEIGHTS: unknown[] = [
  EMBED_HEIGHT_MIN - 1,
  EMBED_HEIGHT_MAX + 1,
  0,
  -500,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  '600',
  null,
  undefined,
  { valueOf: () => 600 },
  [600],
  true,
];

describe('heights', () => {
  test('a sane height is a finite number within the bounds, ends included', () => {
    expect(isSaneHeight(EMBED_HEIGHT_MIN)).toBe(true);
    expect(isSaneHeight(612.5)).toBe(true);
    expect(isSaneHeight(EMBED_HEIGHT_MAX)).toBe(true);
    for (const height of BAD_HEIGHTS) expect(isSaneHeight(height), String(height)).toBe(false);
  });

  test('a measured height is rounded up to whole pixels, so nothing is cut off', () => {
    expect(reportedHeight(612.01)).toBe(613);
    expect(reportedHeight(612)).toBe(612);
  });
});

describe('our own message', () => {
  test('is built and read back', () => {
    const message = embedHeightMessage(640);
    expect(message).toEqual({ type: EMBED_HEIGHT_MESSAGE_TYPE, height: 640 });
    expect(readEmbedHeightMessage(message)).toBe(640);
    expect(readEmbedHeightMessage(structuredClone(message))).toBe(640);
  });

  test('is read back under the name it had before, which embeds cached elsewhere still send', () => {
    const legacy = { type: FORMER_EMBED_NAMES.heightMessageType, height: 640 };
    expect(FORMER_EMBED_NAMES.heightMessageType).not.toBe(EMBED_HEIGHT_MESSAGE_TYPE);
    expect(readEmbedHeightMessage(legacy)).toBeUndefined();
    expect(readEmbedHeightMessage(legacy, [legacy.type])).toBe(640);
    for (const height of BAD_HEIGHTS)
      expect(
        readEmbedHeightMessage({ type: FORMER_EMBED_NAMES.heightMessageType, height }, [
          FORMER_EMBED_NAMES.heightMessageType,
        ]),
        String(height),
      ).toBeUndefined();
  });

  test('is refused with a bad height, another type, or in another shape', () => {
    for (const height of BAD_HEIGHTS)
      expect(
        readEmbedHeightMessage({ type: EMBED_HEIGHT_MESSAGE_TYPE, height }),
        String(height),
      ).toBeUndefined();
    for (const data of [
      null,
      undefined,
      640,
      'height:640',
      [],
      { height: 640 },
      { type: 'embed-height', height: 640 },
      ampEmbedSizeMessage(640),
      pymHeightMessage('x', 640),
    ]) {
      expect(readEmbedHeightMessage(data)).toBeUndefined();
    }
  });
});

describe('Pym.js message', () => {
  test('matches the format the real pym.js package parses', () => {
    // pym.js 1.x: `var MESSAGE_DELIMITER = 'xPYMx'`, messages 'pym' + id + type + value, id from ?childId=.
    expect(pymSource).toContain(`var MESSAGE_DELIMITER = '${PYM_MESSAGE_DELIMITER}';`);
    expect(pymSource).toContain(`_getParameterByName('${PYM_CHILD_ID_PARAMETER}')`);
    const pymParentRegex = new RegExp(
      '^' + ['pym', 'factbox-1', '(\\S+)', '(.*)'].join(PYM_MESSAGE_DELIMITER) + '$',
    );
    const match = pymHeightMessage('factbox-1', 640).match(pymParentRegex);
    expect(match?.slice(1)).toEqual(['height', '640']);
    expect(pymHeightMessage('factbox-1', 640)).toBe('pymxPYMxfactbox-1xPYMxheightxPYMx640');
  });

  test('is read back for its own child id only, with a sane height', () => {
    expect(readPymHeightMessage(pymHeightMessage('a', 640), 'a')).toBe(640);
    expect(readPymHeightMessage(pymHeightMessage('a', 640), 'b')).toBeUndefined();
    expect(readPymHeightMessage('pymxPYMxaxPYMxheightxPYMx640px', 'a')).toBeUndefined();
    expect(readPymHeightMessage('pymxPYMxaxPYMxheightxPYMx1e9', 'a')).toBeUndefined();
    expect(readPymHeightMessage(pymHeightMessage('a', EMBED_HEIGHT_MAX + 1), 'a')).toBeUndefined();
    expect(readPymHeightMessage({ data: pymHeightMessage('a', 640) }, 'a')).toBeUndefined();
  });
});

describe('AMP embed-size message', () => {
  test('is built and read back', () => {
    expect(ampEmbedSizeMessage(640)).toEqual({
      sentinel: AMP_SENTINEL,
      type: AMP_EMBED_SIZE_TYPE,
      height: 640,
    });
    expect(ampEmbedSizeMessage(640)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 640 });
    expect(readAmpEmbedSizeMessage(ampEmbedSizeMessage(640))).toBe(640);
  });

  test('is refused without the sentinel or with a bad height', () => {
    expect(readAmpEmbedSizeMessage({ type: AMP_EMBED_SIZE_TYPE, height: 640 })).toBeUndefined();
    for (const height of BAD_HEIGHTS)
      expect(
        readAmpEmbedSizeMessage({ sentinel: AMP_SENTINEL, type: AMP_EMBED_SIZE_TYPE, height }),
      ).toBeUndefined();
  });
});

describe('what an embed posts', () => {
  test('ours and AMP’s always, Pym’s only with a Pym child id', () => {
    expect(heightMessages(640)).toEqual([embedHeightMessage(640), ampEmbedSizeMessage(640)]);
    expect(heightMessages(640, 'p1')).toEqual([
      embedHeightMessage(640),
      ampEmbedSizeMessage(640),
      pymHeightMessage('p1', 640),
    ]);
  });
});

describe('what a host accepts', () => {
  const frameWindow = {};
  const frame = { origin: 'https://embed.example', window: frameWindow };

  test('our message from exactly the embed’s origin and from that iframe’s own window', () => {
    expect(
      acceptedEmbedHeight(
        { origin: 'https://embed.example', source: frameWindow, data: embedHeightMessage(640) },
        frame,
      ),
    ).toBe(640);
  });

  test('nothing from another origin, even a near one', () => {
    for (const origin of [
      'https://evil.example',
      'http://embed.example',
      'https://embed.example:444',
      'https://embed.example.evil.example',
      'null',
      '',
    ]) {
      expect(
        acceptedEmbedHeight({ origin, source: frameWindow, data: embedHeightMessage(640) }, frame),
        origin,
      ).toBeUndefined();
    }
  });

  test('nothing from another window of the right origin, or from none', () => {
    for (const source of [{}, null, undefined]) {
      expect(
        acceptedEmbedHeight({ origin: frame.origin, source, data: embedHeightMessage(640) }, frame),
      ).toBeUndefined();
    }
    expect(
      acceptedEmbedHeight(
        { origin: frame.origin, source: null, data: embedHeightMessage(640) },
        { origin: frame.origin, window: null },
      ),
    ).toBeUndefined();
  });

  test('nothing but our own format, with a sane height', () => {
    for (const data of [
      ampEmbedSizeMessage(640),
      pymHeightMessage('x', 640),
      ...BAD_HEIGHTS.map((height) => ({ type: EMBED_HEIGHT_MESSAGE_TYPE, height })),
    ]) {
      expect(
        acceptedEmbedHeight({ origin: frame.origin, source: frameWindow, data }, frame),
      ).toBeUndefined();
    }
  });
});

/** Runs public/embed/frame.js as inside an iframe at `search`, with content `height` px tall. */
function runFrameScript(search: string, height: number, { framed = true } = {}) {
  const posted: { message: unknown; targetOrigin: string }[] = [];
  const attributes = new Map<string, string>();
  let observed: (() => void) | undefined;
  const content = { getBoundingClientRect: () => ({ height }) };
  const parent = {
    postMessage: (message: unknown, targetOrigin: string) =>
      posted.push({ message: structuredClone(message), targetOrigin }),
  };
  const window: Record<string, unknown> = {
    location: { search },
    URLSearchParams,
    document: {
      readyState: 'interactive',
      documentElement: {
        setAttribute: (name: string, value: string) => attributes.set(name, value),
      },
      querySelector: (selector: string) => (selector === '[data-embed-content]' ? content : null),
      addEventListener: () => {},
    },
    addEventListener: () => {},
    ResizeObserver: class {
      constructor(callback: () => void) {
        observed = callback;
      }
      observe() {}
    },
  };
  window['window'] = window;
  window['parent'] = framed ? parent : window;
  runInNewContext(frameScript, window);
  return {
    posted,
    attributes,
    resize(to: number) {
      height = to;
      observed?.();
    },
  };
}

describe('public/embed/frame.js', () => {
  test('posts our message and AMP’s, readable by this protocol, to any parent', () => {
    const frame = runFrameScript('', 612.25);
    expect(frame.posted.map((p) => p.targetOrigin)).toEqual(['*', '*']);
    const [ours, amp] = frame.posted.map((p) => p.message);
    expect(readEmbedHeightMessage(ours)).toBe(reportedHeight(612.25));
    expect(readAmpEmbedSizeMessage(amp)).toBe(613);
    expect(frame.posted.map((p) => p.message)).toEqual(heightMessages(613));
  });

  test('also posts Pym’s message when a Pym.js parent gives it a child id', () => {
    const frame = runFrameScript(`?initialWidth=320&${PYM_CHILD_ID_PARAMETER}=factbox-pym`, 940.75);
    expect(frame.posted.map((p) => p.message)).toEqual(heightMessages(941, 'factbox-pym'));
    expect(readPymHeightMessage(frame.posted[2]!.message, 'factbox-pym')).toBe(941);
  });

  test('posts again when the height changes, and not when it does not', () => {
    const frame = runFrameScript('', 600);
    frame.resize(599.6);
    frame.resize(600);
    expect(frame.posted.map((p) => p.message)).toEqual(heightMessages(600));
    frame.resize(900);
    expect(frame.posted.slice(2).map((p) => p.message)).toEqual(heightMessages(900));
  });

  test('forces a theme from ?theme=light|dark, and ignores any other value', () => {
    expect(runFrameScript('?theme=dark', 600).attributes.get('data-theme')).toBe('dark');
    expect(runFrameScript('?theme=light', 600).attributes.get('data-theme')).toBe('light');
    expect(runFrameScript('?theme=%22%3E%3Cscript%3E', 600).attributes.has('data-theme')).toBe(
      false,
    );
    expect(runFrameScript('', 600).attributes.has('data-theme')).toBe(false);
  });

  test('posts nothing when opened on its own, outside an iframe', () => {
    expect(runFrameScript('?theme=dark', 600, { framed: false }).posted).toEqual([]);
  });
});

interface FakeElement {
  attributes: Map<string, string>;
  style: { cssText: string; height?: string };
  contentWindow?: object;
  replacedBy?: FakeElement;
  offsetHeight: number;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  src?: string;
  title?: string;
}

function fakeElement(attributes: Record<string, string> = {}, offsetHeight = 0): FakeElement {
  return {
    attributes: new Map(Object.entries(attributes)),
    style: { cssText: '' },
    offsetHeight,
    getAttribute(name) {
      return this.attributes.get(name) ?? null;
    },
    setAttribute(name, value) {
      this.attributes.set(name, value);
    },
  };
}

/** Runs public/embed.js as loaded from `scriptSrc` on a host page with these placeholders. */
function runLoader(scriptSrc: string, placeholders: FakeElement[]) {
  let onMessage: ((event: { origin: string; source: unknown; data: unknown }) => void) | undefined;
  const frames: FakeElement[] = [];
  const window: Record<string, unknown> = {
    URL,
    document: {
      currentScript: { src: scriptSrc },
      readyState: 'complete',
      // Only `blockquote[attribute]` selectors, comma-separated, as the loader writes them.
      querySelectorAll: (selector: string) => {
        const names = selector
          .split(',')
          .map((part) => /^\s*blockquote\[([a-z-]+)\]\s*$/.exec(part)?.[1]);
        if (names.some((name) => name === undefined)) return [];
        return placeholders.filter(
          (p) => !p.replacedBy && names.some((name) => p.attributes.has(name!)),
        );
      },
      createElement: (name: string) => {
        expect(name).toBe('iframe');
        const frame = fakeElement();
        frame.contentWindow = {};
        // The loader sets `src` and `title` as properties, and the rest as attributes.
        frames.push(frame);
        return frame;
      },
      addEventListener: () => {},
    },
    addEventListener: (type: string, listener: typeof onMessage) => {
      if (type === 'message') onMessage = listener;
    },
  };
  window['window'] = window;
  for (const placeholder of placeholders) {
    (placeholder as unknown as { parentNode: unknown }).parentNode = {
      replaceChild: (frame: FakeElement, old: FakeElement) => {
        old.replacedBy = frame;
      },
    };
  }
  runInNewContext(loaderScript, window);
  return {
    frames,
    post: (event: { origin: string; source: unknown; data: unknown }) => onMessage?.(event),
  };
}

describe('public/embed.js', () => {
  const origin = 'https://embed.example';
  const placeholder = () =>
    fakeElement(
      {
        [EMBED_URL_ATTRIBUTE]: `${origin}/embed/factbox/x/?theme=dark`,
        [EMBED_TITLE_ATTRIBUTE]: 'Fact box: X, from Y',
      },
      480,
    );
  /** A placeholder pasted before the names were story-neutral. */
  const legacyPlaceholder = () =>
    fakeElement(
      {
        [FORMER_EMBED_NAMES.urlAttribute]: `${origin}/embed/factbox/old/`,
        [FORMER_EMBED_NAMES.titleAttribute]: 'Fact box: Old, from Y',
      },
      300,
    );

  test('replaces each placeholder with a lazy, titled, sandboxed iframe of the embed, at the placeholder’s height', () => {
    const loader = runLoader(`${origin}/embed.js`, [placeholder(), placeholder()]);
    expect(loader.frames).toHaveLength(2);
    const [frame] = loader.frames;
    expect(frame!.src).toBe(`${origin}/embed/factbox/x/?theme=dark`);
    expect(frame!.title).toBe('Fact box: X, from Y');
    expect(frame!.attributes.get('loading')).toBe('lazy');
    expect(frame!.attributes.get('sandbox')).toBe(EMBED_SANDBOX);
    expect(frame!.style.cssText).toContain('height:480px');
  });

  test('also replaces placeholders pasted with the names the embed code had before', () => {
    const loader = runLoader(`${origin}/embed.js`, [legacyPlaceholder(), placeholder()]);
    expect(loader.frames).toHaveLength(2);
    const [old, current] = loader.frames;
    expect(old!.src).toBe(`${origin}/embed/factbox/old/`);
    expect(old!.title).toBe('Fact box: Old, from Y');
    expect(old!.attributes.get('sandbox')).toBe(EMBED_SANDBOX);
    expect(old!.style.cssText).toContain('height:300px');
    expect(current!.src).toBe(`${origin}/embed/factbox/x/?theme=dark`);
  });

  test('leaves placeholders that point anywhere but its own origin’s /embed/ pages', () => {
    const elsewhere = [EMBED_URL_ATTRIBUTE, FORMER_EMBED_NAMES.urlAttribute].flatMap((name) => [
      fakeElement({ [name]: 'https://evil.example/embed/factbox/x/' }),
      fakeElement({ [name]: `${origin}/articles/x/` }),
      fakeElement({ [name]: 'javascript:alert(1)' }),
      fakeElement({ [name]: 'http://[::1' }),
    ]);
    const loader = runLoader(`${origin}/embed.js`, elsewhere);
    expect(loader.frames).toHaveLength(0);
    expect(elsewhere.every((p) => !p.replacedBy)).toBe(true);
  });

  test('sets the height from this protocol’s message, from the embed’s origin and that iframe’s window', () => {
    const loader = runLoader(`${origin}/embed.js`, [placeholder(), placeholder()]);
    const [first, second] = loader.frames;
    loader.post({ origin, source: first!.contentWindow, data: embedHeightMessage(612.5) });
    expect(first!.style.height).toBe('613px');
    expect(second!.style.height).toBeUndefined();
    loader.post({
      origin,
      source: second!.contentWindow,
      data: embedHeightMessage(EMBED_HEIGHT_MIN),
    });
    loader.post({
      origin,
      source: first!.contentWindow,
      data: embedHeightMessage(EMBED_HEIGHT_MAX),
    });
    expect(second!.style.height).toBe(`${EMBED_HEIGHT_MIN}px`);
    expect(first!.style.height).toBe(`${EMBED_HEIGHT_MAX}px`);
  });

  test('sets the height from the message under its former name too, as a cached embed sends it', () => {
    const loader = runLoader(`${origin}/embed.js`, [legacyPlaceholder()]);
    const [frame] = loader.frames;
    const data = { type: FORMER_EMBED_NAMES.heightMessageType, height: 700.2 };
    expect(
      acceptedEmbedHeight(
        { origin, source: frame!.contentWindow, data },
        { origin, window: frame!.contentWindow },
        [FORMER_EMBED_NAMES.heightMessageType],
      ),
    ).toBe(700.2);
    loader.post({ origin, source: frame!.contentWindow, data });
    expect(frame!.style.height).toBe('701px');
  });

  test('ignores every message this protocol’s host check refuses', () => {
    const loader = runLoader(`${origin}/embed.js`, [placeholder()]);
    const [frame] = loader.frames;
    const refused = [
      {
        origin: 'https://evil.example',
        source: frame!.contentWindow,
        data: embedHeightMessage(700),
      },
      {
        origin: 'https://embed.example.evil.example',
        source: frame!.contentWindow,
        data: embedHeightMessage(700),
      },
      { origin, source: {}, data: embedHeightMessage(700) },
      { origin, source: null, data: embedHeightMessage(700) },
      { origin, source: frame!.contentWindow, data: ampEmbedSizeMessage(700) },
      { origin, source: frame!.contentWindow, data: pymHeightMessage('x', 700) },
      ...[EMBED_HEIGHT_MESSAGE_TYPE, FORMER_EMBED_NAMES.heightMessageType].flatMap((type) =>
        BAD_HEIGHTS.map((height) => ({
          origin,
          source: frame!.contentWindow,
          data: { type, height },
        })),
      ),
      {
        origin: 'https://evil.example',
        source: frame!.contentWindow,
        data: { type: FORMER_EMBED_NAMES.heightMessageType, height: 700 },
      },
      ...[null, undefined, 0, '', 'x', [], {}].map((data) => ({
        origin,
        source: frame!.contentWindow,
        data,
      })),
    ];
    for (const event of refused) {
      expect(acceptedEmbedHeight(event, { origin, window: frame!.contentWindow })).toBeUndefined();
      expect(() => loader.post(event)).not.toThrow();
    }
    expect(frame!.style.height).toBeUndefined();
  });

  test('speaks the protocol’s strings and bounds, and reads the former names', () => {
    expect(loaderScript).toContain(`'${EMBED_HEIGHT_MESSAGE_TYPE}'`);
    expect(loaderScript).toContain(`'${FORMER_EMBED_NAMES.heightMessageType}'`);
    for (const name of [EMBED_URL_ATTRIBUTE, FORMER_EMBED_NAMES.urlAttribute]) {
      expect(loaderScript).toContain(`blockquote[${name}]`);
      expect(loaderScript).toContain(`getAttribute('${name}')`);
    }
    for (const name of [EMBED_TITLE_ATTRIBUTE, FORMER_EMBED_NAMES.titleAttribute])
      expect(loaderScript).toContain(`getAttribute('${name}')`);
    // The frame sends only the current name.
    expect(frameScript).not.toContain(FORMER_EMBED_NAMES.heightMessageType);
    expect(loaderScript).toContain(
      `height >= ${EMBED_HEIGHT_MIN} && height <= ${EMBED_HEIGHT_MAX}`,
    );
    expect(frameScript).toContain(`type: '${EMBED_HEIGHT_MESSAGE_TYPE}'`);
    expect(frameScript).toContain(`sentinel: '${AMP_SENTINEL}', type: '${AMP_EMBED_SIZE_TYPE}'`);
    expect(frameScript).toContain(
      `'pym${PYM_MESSAGE_DELIMITER}' + pymId + '${PYM_MESSAGE_DELIMITER}height${PYM_MESSAGE_DELIMITER}'`,
    );
  });
});
