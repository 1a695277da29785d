// The share cards' typefaces: which families and subsets they use, the CSS font-family lists the
// templates name, and the .woff files read from the @fontsource npm packages (nothing is fetched).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** A font file as satori takes it. */
export interface ShareFont {
  name: string;
  weight: 400 | 700;
  style: 'normal';
  data: Buffer;
}

/** The typefaces of the card; each subset is a family of its own so satori falls back across them. */
export interface FontFamilySpec {
  /** The npm package that ships the .woff files. */
  pkg: string;
  /** The file prefix inside the package's `files/`. */
  file: string;
  /** The family name the card's styles use. */
  family: string;
  weights: ShareFont['weight'][];
  subsets: string[];
}

/** Latin covers English and Turkish ç and ı; Latin Extended ğ, ş and İ; Cyrillic Ukrainian and Russian. */
export const SUBSETS = ['latin', 'latin-ext', 'cyrillic'];

/** Headlines, quotes and figures: Source Serif 4 Bold (SIL Open Font License). */
const SERIF_FAMILY: FontFamilySpec = {
  pkg: '@fontsource/source-serif-4',
  file: 'source-serif-4',
  family: 'Source Serif 4',
  weights: [700],
  subsets: SUBSETS,
};
/** Labels, deks and the footer: Source Sans 3 Regular and Bold (SIL Open Font License). */
const SANS_FAMILY: FontFamilySpec = {
  pkg: '@fontsource/source-sans-3',
  file: 'source-sans-3',
  family: 'Source Sans 3',
  weights: [400, 700],
  subsets: SUBSETS,
};

export const FONT_FAMILIES: FontFamilySpec[] = [SERIF_FAMILY, SANS_FAMILY];

/** The family name of one subset: the Latin subset keeps the plain name. */
function subsetFamily(family: string, subset: string): string {
  return subset === 'latin' ? family : `${family} ${subset}`;
}

/** A CSS font-family list that tries every subset of a family in turn. */
function familyStack(spec: FontFamilySpec): string {
  return spec.subsets.map((s) => subsetFamily(spec.family, s)).join(', ');
}

/** The font-family list of the serif (headlines, quotes, figures), every subset in turn. */
export const SERIF = familyStack(SERIF_FAMILY);
/** The font-family list of the sans (labels, deks, the footer), every subset in turn. */
export const SANS = familyStack(SANS_FAMILY);

// Resolve from the project root: the build bundles this module into another folder.
const projectRequire = createRequire(join(process.cwd(), 'package.json'));

/** Reads the .woff files of the given families from their npm packages. */
export async function loadFonts(families: FontFamilySpec[] = FONT_FAMILIES): Promise<ShareFont[]> {
  const fonts: Promise<ShareFont>[] = [];
  for (const spec of families) {
    for (const subset of spec.subsets) {
      for (const weight of spec.weights) {
        const path = projectRequire.resolve(
          `${spec.pkg}/files/${spec.file}-${subset}-${weight}-normal.woff`,
        );
        fonts.push(
          readFile(path).then((data) => ({
            name: subsetFamily(spec.family, subset),
            weight,
            style: 'normal',
            data,
          })),
        );
      }
    }
  }
  return Promise.all(fonts);
}
