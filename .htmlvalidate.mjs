// html-validate for the built site (tests/e2e/site-validity.e2e.ts, or `npx html-validate dist`).
// Every recommended rule, and the rules for whole documents, with two adjustments:
// - require-sri only for resources from other origins. Our scripts and stylesheets come from our
//   own origin, in the same deploy as the page: whoever could change them could change the page,
//   so an integrity hash adds nothing there. A third-party script or stylesheet still needs one.
// - long-title allows the longest title the content model permits: a headline of 110 characters
//   (src/schemas/article.ts) plus " | The Istanbul Talks, Explained". Search engines cut long titles
//   short, but a headline's length is an editorial choice, not an error in the page.
import { defineConfig } from 'html-validate';

export default defineConfig({
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules: {
    'require-sri': ['error', { target: 'crossorigin' }],
    'long-title': ['error', { maxlength: 110 + ' | The Istanbul Talks, Explained'.length }],
  },
});
