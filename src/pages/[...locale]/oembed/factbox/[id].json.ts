// Each fact box's oEmbed response, as a static JSON file that pages advertise with OEmbedLink: one
// per edition (`/uk/oembed/factbox/<id>.json`), with that edition's title and embed code, which
// shows the box of that edition (`/uk/embed/factbox/<id>/`).
import type { APIRoute, GetStaticPaths } from 'astro';
import { inEdition } from '../../../../content-layer/editions.ts';
import { factBoxStaticPaths } from '../../../../content-layer/entries.ts';
import { getFactBoxOEmbed } from '../../../../embed/factbox-embed.ts';

export const getStaticPaths = factBoxStaticPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  // The edition is the route's, whether or not the middleware has run for this file.
  const response = await inEdition(params.locale, () => getFactBoxOEmbed(params.id!));
  return new Response(JSON.stringify(response, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
