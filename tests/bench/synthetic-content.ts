// Writes a content folder for the benchmark: the real YAML entries and articles, plus N synthetic
// articles of about 1,200 words with headings, lists, quotes and every component directive. The
// prose is drawn from the real articles' vocabulary with a seeded generator, so runs are repeatable.
// With `editions: 'off'` the folder's site.yaml loses its `editions` (a site in one language, with
// no translations); with `editions: 'on'` each synthetic article also gets a translation in every
// edition's language (`translations/<lang>/articles/<slug>.md`): the English headings at the same
// levels and the same directives in the same order, prose drawn from that language's words.
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { parse, parseDocument } from 'yaml';
import { splitMarkdown } from '../../src/content-layer/source-text.ts';

/** A small, seeded pseudo-random generator (mulberry32). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Words from the real articles' prose: no numbers, no directives, no Markdown. */
export function vocabulary(articlesDir: string): string[] {
  const words = new Set<string>();
  for (const name of readdirSync(articlesDir).filter((n) => n.endsWith('.md'))) {
    const { body } = splitMarkdown(readFileSync(join(articlesDir, name), 'utf8'));
    for (const word of body
      .replace(/:+[a-z]+(\{[^}]*\})?|\[[^\]]*\]\([^)]*\)|[#*_`>]/g, ' ')
      .split(/\s+/)) {
      const clean = word.replace(/[^\p{L}’'-]/gu, '').toLowerCase();
      if (/^\p{L}[\p{L}’'-]*\p{L}$/u.test(clean)) words.add(clean);
    }
  }
  return [...words].sort();
}

const TAGS = [
  'istanbul-talks',
  'diplomacy',
  'prisoner-exchange',
  'ceasefire',
  'sanctions',
  'delegations',
  'analysis',
  'europe',
];

export function syntheticArticle(
  index: number,
  words: readonly string[],
  quoteIds: readonly string[],
): string {
  const random = seeded(index + 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const sentence = (min = 12, max = 24) => {
    const length = min + Math.floor(random() * (max - min));
    const text = Array.from({ length }, () => pick(words)).join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1) + '.';
  };
  const paragraph = () =>
    Array.from({ length: 3 + Math.floor(random() * 3) }, () => sentence()).join(' ');
  const heading = () => sentence(3, 7).slice(0, -1);
  const day = String(1 + (index % 28)).padStart(2, '0');
  const hour = String(index % 24).padStart(2, '0');
  const published = `2026-0${1 + (index % 9)}-${day}T${hour}:00:00+00:00`;
  const tags = [...new Set([pick(TAGS), pick(TAGS), 'istanbul-talks'])];

  const sections: string[] = [];
  for (let s = 0; s < 6; s++) {
    sections.push(`## ${heading()} ${s + 1}`, paragraph(), paragraph());
    if (s === 1)
      sections.push(
        `Ukraine’s delegation called the outcome :quote{#${pick(quoteIds)}}, and ${sentence().toLowerCase()}`,
      );
    if (s === 2) sections.push(Array.from({ length: 4 }, () => `- ${sentence(6, 12)}`).join('\n'));
    if (s === 3)
      sections.push(
        `::quote{#${pick(quoteIds)}}`,
        'Under the deal, 1,000 prisoners of war return to each side, 2,000 people in all.',
      );
    if (s === 4) sections.push('::factbox{#prisoner-exchange}', '::timeline{#after-istanbul}');
    if (s === 5) sections.push('::delegations', `### ${heading()}`, paragraph());
  }
  return [
    '---',
    `title: "Synthetic explainer ${index}: ${heading().slice(0, 60)}"`,
    `dek: "${sentence(10, 16)}"`,
    'byline: "Benchmark desk"',
    'section: "Explainer"',
    // The report's day: what every synthetic article, like the real ones, stands as of.
    'asOf: 2025-05-16',
    `published: "${published}"`,
    `updated: "${published}"`,
    `tags: [${tags.join(', ')}]`,
    'keyPoints:',
    ...Array.from({ length: 4 }, () => `  - "${sentence(8, 14)}"`),
    'sources: [istanbul-talks-report]',
    `order: ${100 + index}`,
    '---',
    '',
    paragraph(),
    '',
    sections.join('\n\n'),
    '',
  ].join('\n');
}

/**
 * The benchmark's two modes: `off`, the site in its own language alone (site.yaml without its
 * `editions`, no translations); `on`, every edition built, every synthetic article translated.
 */
export type EditionsMode = 'off' | 'on';

/**
 * Makes `dir` a content folder with the real content and `count` synthetic articles; returns the
 * English articles' paths. Without `editions` the real content is copied as it is (its editions and
 * translations as they stand, no synthetic translations).
 */
export function writeSyntheticContent(
  realContent: string,
  dir: string,
  count: number,
  options: { editions?: EditionsMode } = {},
): string[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(realContent, dir, { recursive: true });
  const words = vocabulary(join(realContent, 'articles'));
  const quoteIds = Object.keys(
    parse(readFileSync(join(realContent, 'quotes.yaml'), 'utf8')) as object,
  );
  const files: string[] = [];
  for (let i = 1; i <= count; i++) {
    const file = join(dir, 'articles', `synthetic-${String(i).padStart(5, '0')}.md`);
    writeFileSync(file, syntheticArticle(i, words, quoteIds));
    files.push(file);
  }
  if (options.editions === 'off') withoutEditions(dir);
  if (options.editions === 'on')
    for (const code of editionCodes(dir)) {
      const { words: translatedWords } = editionVocabulary(realContent, code);
      for (const [i, file] of files.entries())
        writeFileSync(
          translationFileOf(dir, code, file),
          syntheticTranslation(readFileSync(file, 'utf8'), code, translatedWords, i + 1),
        );
    }
  return files;
}

/** The language codes of the editions a content folder's site.yaml lists, in its order. */
export function editionCodes(dir: string): string[] {
  const site = parse(readFileSync(join(dir, 'site.yaml'), 'utf8')) as {
    editions?: { lang: string }[];
  } | null;
  return (site?.editions ?? []).map((edition) => edition.lang);
}

/** Where an edition's translation of an English article goes (its folder made if need be). */
export function translationFileOf(dir: string, code: string, englishFile: string): string {
  const folder = join(dir, 'translations', code, 'articles');
  mkdirSync(folder, { recursive: true });
  return join(folder, basename(englishFile));
}

/** Removes the editions from a content folder: `editions` out of site.yaml, no translations. */
function withoutEditions(dir: string): void {
  const file = join(dir, 'site.yaml');
  const doc = parseDocument(readFileSync(file, 'utf8'));
  doc.delete('editions');
  writeFileSync(file, doc.toString({ lineWidth: 0 }));
  // A site in one language has nothing to translate: the translated articles would still be read.
  rmSync(join(dir, 'translations'), { recursive: true, force: true });
  mkdirSync(join(dir, 'translations'));
}

/**
 * Words of each edition's language, for when it has no translated articles yet: common words of
 * news about talks, no numbers. The words of the real translations take over once they are written.
 */
export const BUILT_IN_WORDS: Readonly<Record<string, readonly string[]>> = {
  uk: (
    'переговори делегація делегації україна україни росія росії туреччина стамбул палац зустріч ' +
    'зустрічі сторони сторона обмін полонених військовополонених угода домовленість перемир’я ' +
    'припинення вогню президент президента міністр міністра закордонних справ оборони посол ' +
    'радник заява заяву сказав сказала заявив повідомив повідомляє звіт джерело джерела дата ' +
    'після перед під час тому що який яка які коли де чому також проте однак водночас лише ще вже ' +
    'було буде були може можуть має мають ніхто ніщо нова новий нові наступний наступна раунд ' +
    'переговорів питання відповідь вимога вимоги санкції європейський союз сполучені штати ' +
    'кремль київ москва анкара вашингтон прес-конференція журналісти мир війна вторгнення ' +
    'повернення тіла солдати цивільні людей люди обидві обох сторін результат підсумок ' +
    'домовилися погодилися відмовилися запропонував пропозиція зробити зробили тиждень місяць ' +
    'день ранок вечір година довго коротко важливий важлива важливо складний складні відкритий ' +
    'залишилися залишилось невідомо відомо офіційно офіційний представник речник уряд уряду ' +
    'посередник посередники переговорний процес безпека гарантії кордон територія території ' +
    'умови умов позиція позиції спільна заява наступного разу наразі згодом пізніше'
  ).split(' '),
  ru: (
    'переговоры делегация делегации украина украины россия россии турция стамбул дворец встреча ' +
    'встречи стороны сторона обмен пленных военнопленных соглашение договорённость перемирие ' +
    'прекращение огня президент президента министр министра иностранных дел обороны посол ' +
    'советник заявление заявил сказал сказала сообщил сообщает доклад источник источники дата ' +
    'после перед во время потому что который которая которые когда где почему также однако ' +
    'впрочем лишь ещё уже было будет были может могут имеет имеют никто ничто новая новый новые ' +
    'следующий следующая раунд переговоров вопрос ответ требование требования санкции ' +
    'европейский союз соединённые штаты кремль киев москва анкара вашингтон пресс-конференция ' +
    'журналисты мир война вторжение возвращение тела солдаты гражданские людей люди обе обеих ' +
    'сторон результат итог договорились согласились отказались предложил предложение сделать ' +
    'сделали неделя месяц день утро вечер час долго коротко важный важная важно сложный сложные ' +
    'открытый остались осталось неизвестно известно официально официальный представитель ' +
    'пресс-секретарь правительство правительства посредник посредники переговорный процесс ' +
    'безопасность гарантии граница территория территории условия условий позиция позиции ' +
    'совместное в следующий раз пока позже'
  ).split(' '),
  tr: (
    'müzakereler heyet heyeti ukrayna rusya türkiye istanbul saray görüşme görüşmeler taraflar ' +
    'taraf takas esir savaş esirleri anlaşma mutabakat ateşkes çatışmaların durması ' +
    'cumhurbaşkanı bakan bakanı dışişleri savunma büyükelçi danışman açıklama açıkladı söyledi ' +
    'bildirdi rapor kaynak kaynaklar tarih sonra önce sırasında çünkü hangi ne zaman nerede neden ' +
    'ayrıca ancak fakat yalnızca henüz artık oldu olacak olabilir var yok kimse hiçbir yeni ' +
    'sonraki tur müzakerelerin soru cevap talep talepler yaptırımlar avrupa birliği amerika ' +
    'birleşik devletleri kremlin kiev moskova ankara vaşington basın toplantısı gazeteciler barış ' +
    'savaş işgal dönüş cenazeler askerler siviller insanlar her iki tarafın sonuç özet ' +
    'uzlaştılar kabul ettiler reddettiler önerdi öneri yapmak yaptılar hafta ay gün sabah akşam ' +
    'saat uzun kısa önemli zor açık kaldı bilinmiyor biliniyor resmi temsilci sözcü hükümet ' +
    'hükümeti arabulucu arabulucular süreç güvenlik güvenceler sınır toprak topraklar koşullar ' +
    'tutum ortak bildiri bir dahaki sefere şimdilik daha sonra'
  ).split(' '),
};

/** Fewer distinct words than this in an edition's translated articles, and its built-in list helps out. */
const ENOUGH_WORDS = 150;

/**
 * The words to write an edition's synthetic prose with: those of its real translated articles
 * (`translations/<lang>/articles/`) when there are enough of them, else its built-in list (with any
 * it does have), else, for a language without one, the English articles' words. Never a digit.
 */
export function editionVocabulary(
  realContent: string,
  code: string,
): { words: string[]; from: string } {
  const folder = join(realContent, 'translations', code, 'articles');
  const own = existsSync(folder) ? vocabulary(folder) : [];
  if (own.length >= ENOUGH_WORDS)
    return { words: own, from: `its ${readdirSync(folder).length} translated article file(s)` };
  const builtIn = BUILT_IN_WORDS[code];
  if (builtIn)
    return {
      words: [...new Set([...builtIn, ...own])].sort(),
      from: own.length
        ? `the built-in list and ${own.length} words translated so far`
        : 'the built-in list',
    };
  return own.length
    ? { words: own, from: `${own.length} words translated so far` }
    : {
        words: vocabulary(join(realContent, 'articles')),
        from: 'the English articles (no list for this language)',
      };
}

/** A component directive written inside a line: `:quote{#id}`, `:abbr[text]{title=…}`. */
const TEXT_DIRECTIVE = /(:[a-z][\w-]*(?:\[[^\]]*\])?\{[^}]*\}|:[a-z][\w-]*\[[^\]]*\])/;

/** A seed from a language code, so that each edition's prose differs. */
const seedOf = (code: string) => [...code].reduce((n, c) => n * 31 + c.charCodeAt(0), 7);

/**
 * An edition's translation of an English article, as the build requires one: the English `updated`
 * as `translatedFrom`, the title, dek, byline, section, key points and change notes the English has
 * (as many of each), and a body with the English headings (same count, levels and order) and the
 * same directives in the same order. Its prose has about as many words as the English, drawn from
 * `words`, and no digits: no number for a fact box's phrases to be checked against.
 */
export function syntheticTranslation(
  english: string,
  code: string,
  words: readonly string[],
  index: number,
): string {
  const random = seeded(index * 7919 + seedOf(code));
  const pick = () => words[Math.floor(random() * words.length)]!;
  const capital = (text: string) => text.charAt(0).toLocaleUpperCase(code) + text.slice(1);
  /** `count` words, in sentences of 8 to 20 words, the first capitalised or not. */
  const prose = (count: number, start = true) => {
    const out: string[] = [];
    let sentence = 8 + Math.floor(random() * 12);
    for (let i = 0; i < count; i++) {
      const word = pick();
      const opens = (i === 0 && start) || (i > 0 && out[i - 1]!.endsWith('.'));
      out.push(opens ? capital(word) : word);
      if (--sentence === 0 && i < count - 1) {
        out[i] += '.';
        sentence = 8 + Math.floor(random() * 12);
      }
    }
    return out.join(' ');
  };
  /** A text of `min` to `max` characters, of about `count` words, for a frontmatter field. */
  const field = (count: number, min: number, max: number, stop = '') => {
    let list = prose(Math.max(1, count)).split(' ');
    while (list.join(' ').length + stop.length < min) list.push(pick());
    while (list.length > 1 && list.join(' ').length + stop.length > max) list = list.slice(0, -1);
    return list.join(' ').replace(/\.$/, '') + stop;
  };
  const wordsIn = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;

  /** A run of prose between directives: as many words, its own spaces and punctuation kept. */
  const segment = (text: string, start: boolean) => {
    const count = wordsIn(text);
    if (count === 0) return text.replace(/\d/g, '');
    const lead = /^[^\p{L}\p{N}]*/u.exec(text)![0];
    const trail = /[^\p{L}\p{N}]*$/u.exec(text)![0];
    return lead + prose(count, start) + trail.replace(/\d/g, '');
  };
  const line = (text: string) => {
    if (text.trim() === '') return text;
    const heading = /^(#{1,6})\s+(.*)$/.exec(text);
    if (heading) return `${heading[1]} ${prose(Math.max(2, wordsIn(heading[2]!)))}`;
    // A directive on a line of its own (`::factbox{#x}`, a container's `:::name` and its `:::`).
    if (/^\s*:{2,}/.test(text)) return text;
    const marker = /^(\s*(?:>\s*)*(?:[-*+]\s+|\d+[.)]\s+)?)(.*)$/.exec(text)!;
    // A numbered list keeps its numbers: they are Markdown's, not the prose's.
    return (
      marker[1]! +
      marker[2]!
        .split(TEXT_DIRECTIVE)
        .map((part, i) => (i % 2 ? part : segment(part, i === 0)))
        .join('')
    );
  };

  const { frontmatter, body } = splitMarkdown(english);
  const data = (parse(frontmatter ?? '') ?? {}) as Record<string, unknown>;
  const updated = data['updated'] instanceof Date ? data['updated'].toISOString() : data['updated'];
  const text = (key: string) => {
    const value = data[key];
    return typeof value === 'string' ? value : '';
  };
  const lines = [
    '---',
    `translatedFrom: ${JSON.stringify(updated)}`,
    `title: ${JSON.stringify(field(wordsIn(text('title')), 10, 100))}`,
    `dek: ${JSON.stringify(field(wordsIn(text('dek')), 40, 200, '.'))}`,
  ];
  for (const key of ['byline', 'section'])
    if (text(key)) lines.push(`${key}: ${JSON.stringify(field(wordsIn(text(key)), 3, 60))}`);
  const keyPoints = Array.isArray(data['keyPoints']) ? (data['keyPoints'] as unknown[]) : [];
  if (keyPoints.length)
    lines.push(
      'keyPoints:',
      ...keyPoints.map(
        (point) => `  - ${JSON.stringify(field(wordsIn(String(point)), 10, 200, '.'))}`,
      ),
    );
  const changes = Array.isArray(data['changes']) ? (data['changes'] as { note?: string }[]) : [];
  if (changes.length)
    lines.push(
      'changes:',
      ...changes.map(
        (change) => `  - note: ${JSON.stringify(field(wordsIn(change.note ?? ''), 10, 300, '.'))}`,
      ),
    );
  return [...lines, '---', body.split('\n').map(line).join('\n')].join('\n');
}
