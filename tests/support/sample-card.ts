// An article's share card as the share-image tests draw it: the data of a real article, so the
// drawing has the site's usual mix of sizes, colours and text.
import type { StoryCard } from '../../src/share-images/cards.ts';

export const SAMPLE_ARTICLE_CARD: StoryCard = {
  kind: 'article',
  lang: 'en-GB',
  labels: { quote: 'Quote', factBox: 'Fact box', status: 'Status' },
  site: 'The Istanbul Talks, Explained',
  host: 'istanbul-talks.example.org',
  kicker: 'Explainer',
  title: 'Who was at the table in Istanbul, and what each delegation wanted',
  dek: 'Ukraine sent its Defence Minister, Russia sent a presidential aide, and Turkey hosted with US backing.',
  date: '27 November 2026',
};
