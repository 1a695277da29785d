// Reads `public/_headers` (the Netlify and Cloudflare Pages format) and works out which headers a
// path gets, the way each host combines rules that match the same path: Netlify lets the later
// rule's value of a header win, Cloudflare Pages sends every matching rule's value joined with
// commas. Also parses Content-Security-Policy, so tests can check pages against the policy.
// Imported by `src/build/build.ts` too, so it imports nothing but Node.
import { createHash } from 'node:crypto';

export interface HeaderRule {
  /** The URL pattern: `/*`, `/embed/*`, `/articles/:slug/`. */
  pattern: string;
  /** Headers in the order written; names as written. */
  headers: { name: string; value: string }[];
  /** 1-based line of the pattern, for messages. */
  line: number;
}

export type Host = 'netlify' | 'cloudflare';

/** Parses a `_headers` file; throws on a line it cannot read. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.replace(/\s+$/, '');
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [], line: i + 1 });
      continue;
    }
    const rule = rules.at(-1);
    const match = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    if (!rule || !match)
      throw new Error(
        `_headers line ${i + 1}: expected "  Header-Name: value" under a URL pattern, got "${line.trim()}"`,
      );
    rule.headers.push({ name: match[1]!, value: match[2]! });
  }
  return rules;
}

/** Whether a `_headers` URL pattern matches a path: `*` matches anything, `:name` one segment. */
export function patternMatches(pattern: string, path: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) =>
      part === '*'
        ? '.*'
        : part.startsWith(':') && part.length > 1
          ? '[^/]+'
          : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  return new RegExp(`^${source}$`).test(path);
}

/** The headers a host sends for a path, names in lower case. */
export function headersFor(
  rules: readonly HeaderRule[],
  path: string,
  host: Host,
): Map<string, string> {
  const result = new Map<string, string>();
  for (const rule of rules) {
    if (!patternMatches(rule.pattern, path)) continue;
    // Within one rule a repeated header is one comma-separated list on both hosts.
    const own = new Map<string, string>();
    for (const { name, value } of rule.headers) {
      const key = name.toLowerCase();
      own.set(key, own.has(key) ? `${own.get(key)}, ${value}` : value);
    }
    for (const [key, value] of own) {
      result.set(
        key,
        host === 'cloudflare' && result.has(key) ? `${result.get(key)}, ${value}` : value,
      );
    }
  }
  return result;
}

/** The rules that match a path and set a header. */
export function rulesSetting(
  rules: readonly HeaderRule[],
  path: string,
  header: string,
): HeaderRule[] {
  return rules.filter(
    (rule) =>
      patternMatches(rule.pattern, path) &&
      rule.headers.some((h) => h.name.toLowerCase() === header.toLowerCase()),
  );
}

/** One Content-Security-Policy: directive name → its source expressions. */
export type CspPolicy = Map<string, string[]>;

/** Parses a CSP header value, which may hold several policies separated by commas. */
export function parseCsp(value: string | undefined): CspPolicy[] {
  if (!value) return [];
  return value.split(',').map((policy) => {
    const directives: CspPolicy = new Map();
    for (const directive of policy.split(';')) {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
    }
    return directives;
  });
}

/** The sources that govern a kind of content in one policy, following CSP's fallback order. */
export function effectiveSources(policy: CspPolicy, ...directives: string[]): string[] | undefined {
  for (const name of [...directives, 'default-src']) {
    const sources = policy.get(name);
    if (sources) return sources;
  }
  return undefined;
}

/** The CSP hash source of an inline script or style: `'sha256-…'`. */
export function cspHash(content: string): string {
  return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}

/**
 * Whether every policy lets an inline `<script>` (kind `script`) or `<style>` (kind `style`)
 * with this content run. A policy without the directive (or default-src) does not restrict it.
 */
export function inlineAllowed(
  policies: readonly CspPolicy[],
  kind: 'script' | 'style',
  content: string,
): boolean {
  const hash = cspHash(content);
  return policies.every((policy) => {
    const sources = effectiveSources(policy, `${kind}-src-elem`, `${kind}-src`);
    if (!sources) return true;
    const hashed = sources.some((s) => /^'(sha(256|384|512)|nonce)-/.test(s));
    return sources.includes(hash) || (!hashed && sources.includes("'unsafe-inline'"));
  });
}
