// The number check behind the fact box: counts in prose that contradict a figure are found,
// while dates, years and sentences without a count next to a figure's phrase are left alone.
import { describe, expect, test } from 'vitest';
import { readFactBoxFigures } from '../../src/content-layer/content-files.ts';
import {
  findFigureContradictions,
  parseCount,
  splitSentences,
  type FigureSpec,
} from '../../src/markdown/figure-check.ts';

// The real figures of the prisoner-exchange fact box (content/factboxes.yaml).
const prisonerExchange = readFactBoxFigures('content')['prisoner-exchange'];

function realFigures(): readonly FigureSpec[] {
  if (!prisonerExchange) throw new Error('content/factboxes.yaml has no "prisoner-exchange" entry');
  return prisonerExchange.figures;
}

// A small fake box, so the check is not tied to one story.
const seats: FigureSpec = {
  key: 'seats',
  value: 12,
  label: 'seats at the table',
  phrases: ['at the table', 'seats'],
};

describe('parseCount', () => {
  test.each<[string, number]>([
    ['1,000', 1000],
    ['2,000', 2000],
    ['1,500', 1500],
    ['12,345,678', 12_345_678],
    ['2000', 2000],
    ['7', 7],
    ['one thousand', 1000],
    ['One Thousand', 1000],
    ['two thousand', 2000],
    ['two-thousand', 2000],
    ['a thousand', 1000],
    ['five hundred', 500],
    ['one hundred thousand', 100_000],
    ['fifteen hundred', 1500],
    ['two million', 2_000_000],
  ])('"%s" is %d', (written, value) => {
    expect(parseCount(written)).toBe(value);
  });
});

describe('splitSentences', () => {
  test('splits at . ! ? before a capital or a digit', () => {
    expect(splitSentences('The talks ended. Was it a success? Hardly! 1,000 go home.')).toEqual([
      'The talks ended.',
      'Was it a success?',
      'Hardly!',
      '1,000 go home.',
    ]);
  });

  test('a sentence may open with a quotation mark or a bracket', () => {
    expect(splitSentences('He said so. “Yes,” she said. (Not quite.)')).toEqual([
      'He said so.',
      '“Yes,” she said.',
      '(Not quite.)',
    ]);
  });

  test('does not split inside numbers or before a lower-case word', () => {
    expect(splitSentences('It cost 1.5 million. e.g. this stays.')).toEqual([
      'It cost 1.5 million. e.g. this stays.',
    ]);
  });

  test('collapses line breaks and runs of spaces; gives nothing for blank text', () => {
    expect(splitSentences('One line\nand  the next.\n\nA new one.')).toEqual([
      'One line and the next.',
      'A new one.',
    ]);
    expect(splitSentences('   ')).toEqual([]);
  });
});

describe('findFigureContradictions: numbers that agree, and numbers that are not counts', () => {
  test.each([
    // The figures themselves, written the ways the articles write them.
    'The deal returns 1,000 prisoners of war to each side.',
    'That makes 2,000 people in all.',
    'Under the deal, 1,000 prisoners of war go back to each side, 2,000 people in all.',
    'One thousand prisoners of war will be returned to each side.',
    'Two thousand people will go home in total.',
    'The 1,000-for-1,000 swap returns prisoners to each side.',
    // Dates and years next to a phrase.
    '16 May 2025, each side said it wanted a ceasefire.',
    'On 16 May 2025, each side agreed to a swap.',
    'On May 16, each side agreed to a swap.',
    'In 2025, each side agreed to a swap.',
    'Since 2022, either side has held prisoners.',
    // A phrase with no count before it in its sentence.
    'In all, 2,000 people will go home.',
    'In all, the talks lasted under two hours.',
    'Each side welcomed the deal.',
    // A wrong-looking number in another sentence does not count.
    'The talks lasted 2 hours. Each side gets its people back.',
    // A number after the phrase is not tied to it.
    'Each side will get back 1,000 prisoners.',
  ])('"%s" is not flagged', (sentence) => {
    expect(findFigureContradictions(sentence, realFigures())).toEqual([]);
  });

  test('text without any number is not flagged', () => {
    expect(
      findFigureContradictions('Each side, in all, per side, altogether.', realFigures()),
    ).toEqual([]);
  });

  test('with no figures nothing is flagged', () => {
    expect(findFigureContradictions('1,500 prisoners to each side.', [])).toEqual([]);
  });
});

describe('findFigureContradictions: numbers that contradict a figure', () => {
  test('"1,500 prisoners to each side" contradicts the per-side figure of 1,000', () => {
    const [problem, ...rest] = findFigureContradictions(
      'The deal returns 1,500 prisoners to each side.',
      realFigures(),
    );
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      phrase: 'each side',
      written: '1,500',
      found: 1500,
      sentence: 'The deal returns 1,500 prisoners to each side.',
    });
    expect(problem?.figure.key).toBe('per-side');
    expect(problem?.figure.value).toBe(1000);
  });

  test('"one thousand ... in all" contradicts the total of 2,000', () => {
    const [problem] = findFigureContradictions(
      'One thousand prisoners will go home in all.',
      realFigures(),
    );
    expect(problem).toMatchObject({ phrase: 'in all', written: 'One thousand', found: 1000 });
    expect(problem?.figure.key).toBe('total');
    expect(problem?.figure.value).toBe(2000);
  });

  test('a number written in words and digits without separators are both read', () => {
    expect(
      findFigureContradictions('Two thousand prisoners go back per side.', realFigures()),
    ).toMatchObject([{ written: 'Two thousand', found: 2000, phrase: 'per side' }]);
    expect(
      findFigureContradictions('It frees 1500 prisoners for either side.', realFigures()),
    ).toMatchObject([{ written: '1500', found: 1500, phrase: 'either side' }]);
  });

  test('phrases match whatever their case', () => {
    expect(findFigureContradictions('They said 3,000 IN TOTAL.', realFigures())).toMatchObject([
      { written: '3,000', found: 3000, phrase: 'in total' },
    ]);
  });

  test('the count nearest before the phrase is the one that is checked', () => {
    // 1,000 sits right before "each side" and is right; 3,000 before "in all" is wrong.
    expect(
      findFigureContradictions('Of the 2,000, 1,000 go to each side, 3,000 in all.', realFigures()),
    ).toMatchObject([{ written: '3,000', phrase: 'in all' }]);
  });

  test('every wrong sentence is reported, with the sentence it stands in', () => {
    const text =
      'The deal frees 1,200 prisoners to each side. That is fine. Some 2,400 people go home altogether.';
    const problems = findFigureContradictions(text, realFigures());
    expect(problems.map((p) => [p.written, p.phrase, p.figure.key, p.sentence])).toEqual([
      ['1,200', 'each side', 'per-side', 'The deal frees 1,200 prisoners to each side.'],
      ['2,400', 'altogether', 'total', 'Some 2,400 people go home altogether.'],
    ]);
  });

  test('works with any fact box: a fake figure of 12 seats', () => {
    expect(findFigureContradictions('There were 12 seats at the table.', [seats])).toEqual([]);
    expect(findFigureContradictions('There were 14 people at the table.', [seats])).toMatchObject([
      { written: '14', found: 14, phrase: 'at the table', figure: { key: 'seats', value: 12 } },
    ]);
  });
});

describe('bugs found by review, kept fixed', () => {
  test('a count followed by the verb "may" is still a count: "1,500 may be returned to each side" is flagged', () => {
    expect(
      findFigureContradictions('1,500 may be returned to each side.', realFigures()),
    ).toMatchObject([{ written: '1,500', found: 1500, phrase: 'each side' }]);
  });

  test('a four-digit count is not taken for a year: "1,000 back, 2000 in all" is not flagged', () => {
    expect(
      findFigureContradictions('Each side gets 1,000 back, 2000 in all.', realFigures()),
    ).toEqual([]);
  });
});

describe('in an edition’s language', () => {
  const perSide: FigureSpec = {
    key: 'per-side',
    value: 1000,
    label: 'кожній стороні',
    phrases: ['з кожного боку', 'с каждой стороны', 'her iki taraf'],
  };

  test('a number written as the language writes it is read and checked against the figure', () => {
    expect(findFigureContradictions('По 1 000 полонених з кожного боку.', [perSide], 'uk')).toEqual(
      [],
    );
    const [wrong] = findFigureContradictions('По 1 500 полонених з кожного боку.', [perSide], 'uk');
    expect(wrong).toMatchObject({ written: '1 500', found: 1500, phrase: 'з кожного боку' });
    expect(
      findFigureContradictions('Обменяли по 1 500 человек с каждой стороны.', [perSide], 'ru'),
    ).toHaveLength(1);
    expect(
      findFigureContradictions(
        'Her iki taraftan 1.500 esir. 1.500 her iki taraf için.',
        [perSide],
        'tr',
      ),
    ).toHaveLength(1);
  });

  test('a day beside a month name of the language, and a year, are dates, not counts', () => {
    expect(
      findFigureContradictions(
        '16 травня 2025 року з кожного боку повернули полонених.',
        [perSide],
        'uk',
      ),
    ).toEqual([]);
    expect(
      findFigureContradictions('С 23 мая 2025 года с каждой стороны.', [perSide], 'ru'),
    ).toEqual([]);
  });

  test('sentences split before a Cyrillic capital', () => {
    expect(splitSentences('Перше речення. Друге речення.')).toEqual([
      'Перше речення.',
      'Друге речення.',
    ]);
  });
});
