// Each fact box's oEmbed response, as a static JSON file that pages advertise with OEmbedLink.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { getFactBoxOEmbed } from '../../../embed/factbox-embed.ts';

export const getStaticPaths = (async () => {
  const boxes = await getCollection('factboxes');
  return boxes.map((box) => ({ params: { id: box.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const response = await getFactBoxOEmbed(params.id!);
  return new Response(JSON.stringify(response, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
