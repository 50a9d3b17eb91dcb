/** The web app manifest of one language (src/offline/app-manifest.ts), linked from every page in it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { locales, type Locale } from '../../i18n/locales';
import { useTranslations } from '../../i18n/translate';
import { appManifest } from '../../offline/app-manifest';

export const getStaticPaths = (() => locales.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const lang = params['lang'] as Locale;
  const t = useTranslations(lang);
  const manifest = appManifest(lang, { name: t('site.name'), shortName: t('app.shortName'), description: t('site.description') });
  return new Response(JSON.stringify(manifest), { headers: { 'content-type': 'application/manifest+json' } });
};
