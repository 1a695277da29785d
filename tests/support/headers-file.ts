// Reads a static host's `_headers` file (Netlify and Cloudflare Pages format) so end-to-end tests
// can serve pages with the headers production will send.
import { readFileSync } from 'node:fs';

interface HeaderRule {
  pattern: RegExp;
  headers: Record<string, string>;
}

/** Parses `_headers` text: a path (`*` matches anything) on its own line, then indented `Name: value` lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${pattern}$`), headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    const match = /^\s+([\w-]+):\s*(.+)$/.exec(line);
    if (!rule || !match) throw new Error(`_headers: a header line must follow a path, as "  Name: value": ${JSON.stringify(line)}`);
    rule.headers[match[1]!.toLowerCase()] = match[2]!.trim();
  }
  return rules;
}

/** The headers every rule matching `path` adds, later rules winning. */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  return Object.assign({}, ...rules.filter((rule) => rule.pattern.test(path)).map((rule) => rule.headers));
}

export function readHeadersFile(file: string): HeaderRule[] {
  return parseHeadersFile(readFileSync(file, 'utf8'));
}
