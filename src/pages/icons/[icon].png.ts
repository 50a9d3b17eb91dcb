/**
 * The app icons the manifests name, drawn at build from src/assets/favicon.svg with sharp, so the
 * icons can never drift from the favicon. A maskable icon is the favicon, smaller, on a square of
 * its own blue (src/offline/app-manifest.ts says why).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import faviconSvg from '../../assets/favicon.svg?raw';
import { icons, maskableScale, themeColor, type IconSpec } from '../../offline/app-manifest';

export const getStaticPaths = (() => icons.map((icon) => ({ params: { icon: icon.name }, props: { icon } }))) satisfies GetStaticPaths;

const favicon = Buffer.from(faviconSvg);

async function draw({ size, purpose }: IconSpec): Promise<Buffer> {
  const svg = favicon;
  if (purpose === 'any') return sharp(svg, { density: 72 * (size / 32) }).resize(size, size).png().toBuffer();
  const inner = Math.round(size * maskableScale);
  const mark = await sharp(svg, { density: 72 * (inner / 32) }).resize(inner, inner).png().toBuffer();
  const offset = Math.round((size - inner) / 2);
  return sharp({ create: { width: size, height: size, channels: 4, background: themeColor } })
    .composite([{ input: mark, top: offset, left: offset }])
    .png()
    .toBuffer();
}

export const GET: APIRoute = async ({ props }) => {
  const png = await draw((props as { icon: IconSpec }).icon);
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
