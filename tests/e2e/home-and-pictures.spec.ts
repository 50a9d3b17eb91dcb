import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { navSections } from '../../src/i18n/nav-sections';
import { locales, type Locale } from '../../src/i18n/locales';
import { guideHref, sectionHref } from '../../src/i18n/routes';
import { readYaml } from '../content-files';
import { axeViolations } from './axe';
import { expect, test } from './fixtures';

type Text = Record<Locale, { title: string; text?: string }>;
const situations = readYaml<Array<{ id: string } & Text>>('content/home/situations.yaml');

/** Each guide that places pictures, with its address and the figure files it names, read from its front matter. */
const guidesWithFigures = locales.flatMap((lang) =>
  readdirSync(`content/guides/${lang}`).flatMap((name) => {
    const front = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(`content/guides/${lang}/${name}`, 'utf8'))?.[1] ?? '') as { figures?: Array<{ figure: string }> };
    return front.figures?.length ? [{ lang, path: guideHref(name.replace(/\.mdx$/, ''), lang), figures: front.figures.map(({ figure }) => figure) }] : [];
  }),
);

interface FigureFile {
  kind: 'bars' | 'circles' | 'steps';
  en: { title: string };
  fi: { title: string };
  bars?: Array<Record<Locale, { label: string; amount: string }>>;
  facts?: Array<Record<Locale, string>>;
  rings?: Array<Record<Locale, { label: string; text: string }>>;
  steps?: Array<Record<Locale, { label: string; text: string }>>;
}
/** The words each picture must also give as text: every bar's label and amount, every ring and step. */
function factsAsText(figure: FigureFile, lang: Locale): string[] {
  return [
    ...(figure.bars ?? []).flatMap((bar) => [bar[lang].label, bar[lang].amount]),
    ...(figure.facts ?? []).map((fact) => fact[lang]),
    ...[...(figure.rings ?? []), ...(figure.steps ?? [])].flatMap((item) => [item[lang].label, item[lang].text]),
  ];
}

test('the home page starts from the reader\'s situation, then offers every section, in both languages', async ({ page }) => {
  for (const lang of locales) {
    await page.goto(sectionHref('home', lang));
    const cards = page.locator('.situation');
    await expect(cards).toHaveCount(situations.length);
    for (const [index, situation] of situations.entries()) {
      const card = cards.nth(index);
      await expect(card.getByRole('heading', { level: 3 })).toHaveText(situation[lang].title);
      const links = await card.getByRole('link').count();
      expect(links, situation.id).toBeGreaterThanOrEqual(2);
      expect(links, situation.id).toBeLessThanOrEqual(7);
    }
    // The first situation's first link leads to a page in the same language.
    await cards.first().getByRole('link').first().click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('h1')).toBeVisible();

    await page.goto(sectionHref('home', lang));
    const sections = await page.locator('.section-card > a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(sections).toEqual(navSections.map((section) => sectionHref(section, lang)));
  }
});

test('every picture is a figure named by its title, with its facts as text that stays in print, and the source under a chart', async ({ page }) => {
  expect(guidesWithFigures.map(({ path }) => path)).toEqual(expect.arrayContaining([guideHref('why-networks-matter', 'en'), guideHref('miksi-verkostot-ovat-tarkeita', 'fi')]));
  for (const { lang, path, figures } of guidesWithFigures) {
    await page.goto(path);
    for (const id of figures) {
      const data = readYaml<FigureFile>(`content/figures/${id}.yaml`);
      const figure = page.getByRole('figure', { name: data[lang].title });
      await expect(figure, `${path} ${id}`).toBeVisible();
      await expect(figure.locator('svg').first()).toHaveAttribute('aria-hidden', 'true');
      const text = (await figure.innerText()).replace(/\s+/g, ' ');
      expect(factsAsText(data, lang).filter((fact) => !text.includes(fact)), `${path} ${id}: facts not given as text`).toEqual([]);
      if (data.kind === 'bars') await expect(figure).toContainText(lang === 'en' ? 'Source:' : 'Lähde:');
    }
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('figure').first()).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
  }
});

// The accessibility spec runs axe on every page in light and on one page of each kind in dark;
// the pictures bring their own colours, so their pages get the dark contrast check too.
test('the pictures keep their contrast in the dark colour scheme', async ({ page }) => {
  test.setTimeout(30_000 + guidesWithFigures.length * 8_000);
  const problems: string[] = [];
  await page.emulateMedia({ colorScheme: 'dark' });
  for (const { path } of guidesWithFigures) {
    await page.goto(path);
    problems.push(...(await axeViolations(page, ['color-contrast', 'link-in-text-block'])).map((violation) => `${path} (dark) ${violation}`));
  }
  expect(problems).toEqual([]);
});

test('screenshots of the home page and a guide on a phone and a wide screen, in both languages, for review', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  const pages = locales.flatMap((lang) => [sectionHref('home', lang), guidesWithFigures.find((guide) => guide.lang === lang)?.path ?? sectionHref('guides', lang)]);
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 844 });
    for (const path of pages) {
      await page.goto(path);
      await testInfo.attach(`${width}px ${path}`, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
    }
  }
  expect(testInfo.attachments.filter((attachment) => attachment.contentType === 'image/png')).toHaveLength(pages.length * 2);
});
