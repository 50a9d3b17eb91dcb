import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildContent, problemLines, type SyncResult } from './sync';

/**
 * The build as the editors' gatekeeper (issue 18): one build of the valid fixture content with a
 * realistic mistake of each kind, each in its own file, and the exact line the build must print for
 * each. One build also shows that every problem is reported together, not one per run.
 */
const fixture = (path: string) => readFileSync(`tests/fixtures/valid/${path}`, 'utf8');
const guideEn = fixture('guides/en/first-steps.mdx');

/** A second guide pair whose bodies carry the link, heading and language mistakes. */
const secondGuide = (lang: 'en' | 'fi', body: string) => `---
title: ${lang === 'en' ? 'A second fixture guide' : 'Toinen esimerkkiopas'}
description: ${lang === 'en' ? 'A fixture guide whose body holds the mistakes the link and heading checks must find.' : 'Esimerkkiopas, jonka tekstissä on virheitä, jotka linkkien ja otsikoiden tarkistus löytää.'}
key: second
order: 2
reviewed: 2026-01-15
sources: [${lang === 'en' ? 'sitra-2016' : 'sitra-2061'}]
---
${body}`;

const mistakes: Record<string, string> = {
  // Impossible dates, as written: 30 February, a 13th month, 29 February of a common year.
  'guides/en/first-steps.mdx': guideEn.replace('reviewed: 2026-01-15', 'reviewed: 2026-02-30'),
  'mentoring/example-programme.yaml': fixture('mentoring/example-programme.yaml').replace('checked: 2026-01-15', 'checked: 2026-13-01'),
  'sources.yaml': fixture('sources.yaml').replace('date: "2023-05-28"', 'date: "2023-02-29"'),
  // Links and headings, in the English second guide.
  'guides/en/second.mdx': secondGuide('en', `A fixture paragraph that links to [a guide that does not exist](/en/guides/no-such-guide/).

#### A heading that skips two levels

See [a tip that is not there](/en/tips/#tip-no-such-tip) and [the first steps](/en/guides/first-steps/#a-fixture-sectoin).
`),
  // English text in the Finnish file, an English link on a Finnish page and an unknown source id (above).
  'guides/fi/toinen.mdx': secondGuide('fi', `This paragraph was pasted from the English guide by mistake. It tells you how to find people who can help you, and it is written in English, not in Finnish.

## A heading in English

Read the [tips](/en/tips/) before you start, and then write to the people you know.
`),
  // Schema messages: a list item counted from 1, a misspelt field with its likely meaning.
  'tips/ask-for-advice.yaml': fixture('tips/ask-for-advice.yaml').replace('situations: [job-seeking]', 'situations: [job-seeking, jobseeking]\nsorces: []'),
  // A checklist item's id changed with no record of what became of the old one.
  'checklist/linkedin.yaml': fixture('checklist/linkedin.yaml').replace('      - id: photo\n', '      - id: profile-photo\n'),
  // Broken YAML in front matter: a text with ": " in it, not in quotes.
  'pages/en/about.mdx': fixture('pages/en/about.mdx').replace('title: About this site', 'title: About: this site'),
};

describe('the build with one mistake of each kind', () => {
  let result: SyncResult;
  let seconds = 0;
  beforeAll(() => {
    const started = performance.now();
    result = buildContent(mistakes, []);
    seconds = (performance.now() - started) / 1000;
  });

  it('stops, with one line per problem and nothing else: no stack trace, no "Location: …:0:0"', () => {
    expect(result.ok).toBe(false);
    expect(result.output).toContain('The build stopped: 15 problems to fix. Each line names the file and line, the field, what is wrong and what to do.');
    expect(result.output).not.toMatch(/Stack trace|Location:|\n\s+at |TypeError/);
    // Content sync comes first in a build, so the stop takes about as long as astro sync.
    expect(seconds).toBeLessThan(60);
  });

  it('names each problem with its file, line, field, what is wrong and how to fix it', () => {
    expect(problemLines(result.output)).toEqual([
      'content/checklist/linkedin.yaml:15 — groups › item 1 › items › item 1 › id: "profile-photo" is a new id and not yet in publishedIds. Add "profile-photo" to publishedIds at the end of the file, so readers\' ticks for it are looked after from now on.',
      'content/checklist/linkedin.yaml:35 — publishedIds › item 1: "photo" is no longer the id of an item, and readers\' browsers keep ticks under it. If you renamed the item, add "photo: profile-photo" under renamedIds (readers\' ticks move to the new id); if you removed the item, add "photo" to retiredIds.',
      'content/guides/en/first-steps.mdx:6 — reviewed: "2026-02-30" is not a real date: February 2026 has no day 30. Write the day it was, as YYYY-MM-DD.',
      'content/guides/en/second.mdx:9 — link: "/en/guides/no-such-guide/" is not a page of the site. Copy the address from the page you mean (in the built site, or the file name of a guide).',
      'content/guides/en/second.mdx:11 — heading: "#### A heading that skips two levels" skips a level (it comes after the title). Make it ##, or add the missing level above it.',
      'content/guides/en/second.mdx:13 — link: "/en/tips/#tip-no-such-tip" points to #tip-no-such-tip, which is not on /en/tips/. Use the id of a heading on that page (its words in lowercase, joined by hyphens).',
      'content/guides/en/second.mdx:13 — link: "/en/guides/first-steps/#a-fixture-sectoin" points to #a-fixture-sectoin, which is not on /en/guides/first-steps/. Did you mean "a-fixture-section"? Use the id of a heading on that page (its words in lowercase, joined by hyphens).',
      'content/guides/fi/toinen.mdx — the text is in English, but this is the Finnish page. Put the Finnish text in this file, or move the file to the en folder.',
      'content/guides/fi/toinen.mdx:7 — sources › item 1: "sitra-2061" is not an id in content/sources.yaml. Did you mean "sitra-2016"? Use an id from content/sources.yaml, or add the entry there first.',
      'content/guides/fi/toinen.mdx:13 — link: "/en/tips/" goes to the English page from a Finnish one. Link the Finnish page: /fi/vinkit/.',
      'content/mentoring/example-programme.yaml:20 — checked: "2026-13-01" is not a real date: there is no month 13. Write the day it was, as YYYY-MM-DD.',
      'content/pages/en/about.mdx:2 — a text with ": " in it is not in quotes. Put the whole text in "double quotes".',
      'content/sources.yaml:17 — item 3 › date: "2023-02-29" is not a real date: February 2023 has no day 29. Write the date the source gives, as YYYY, YYYY-MM or YYYY-MM-DD.',
      'content/tips/ask-for-advice.yaml:1 — situations › item 2: "jobseeking" is not one of the values this field allows. Did you mean "job-seeking"? Use one of: job-seeking, new-in-finland, at-work, online, events.',
      'content/tips/ask-for-advice.yaml:2 — sorces: is not a field here. Did you mean "sources"? Check the spelling, or remove the field.',
    ]);
  });
});
