/**
 * Searches readers make and the page each must find. Finnish ones cover what Pagefind alone
 * misses: inflected forms, the second part of compounds and the two stems of -nen words
 * (src/search/finnish-forms.ts), and editors' keywords. The page is the one that answers the
 * question best, chosen from the content, not from what the search happened to return.
 */
export interface SearchCase {
  query: string;
  finds: string;
  /** What the case proves. */
  why: string;
}

export const finnishQueries: SearchCase[] = [
  { query: 'mentori', finds: '/fi/oppaat/mentorointi/', why: 'keyword, base form' },
  { query: 'mentori', finds: '/fi/mentorointiohjelmat/#programme-entrypoint', why: 'finds "EntryPoint-mentorointiohjelma" from its first part' },
  { query: 'mentorointiohjelmaan', finds: '/fi/vinkit/#tip-look-for-a-mentoring-programme', why: 'illative of a compound' },
  { query: 'verkosto', finds: '/fi/oppaat/miksi-verkostot-ovat-tarkeita/', why: 'plural and inflected forms in the text' },
  { query: 'verkosto', finds: '/fi/vinkit/#tip-join-an-association-in-your-field', why: '"ammattiverkosto" from its second part' },
  { query: 'vapaaehtoistyössä', finds: '/fi/vinkit/#tip-volunteer-to-meet-people', why: 'inessive finds the volunteering tip' },
  { query: 'vapaaehtoistyö', finds: '/fi/oppaat/missa-tavata-ihmisia/', why: 'volunteering advice in a guide' },
  { query: 'kahvila', finds: '/fi/vinkit/#tip-practise-finnish-in-relaxed-places', why: 'only in the compound "kielikahvilassa"' },
  { query: 'haastattelu', finds: '/fi/vinkit/#tip-talk-to-people-in-your-field', why: 'only in the compound "tietohaastattelu"' },
  { query: 'ilmoitus', finds: '/fi/vinkit/#tip-do-not-rely-only-on-job-ads', why: 'second part of "työpaikkailmoitus"' },
  { query: 'työpaikkailmoituksiin', finds: '/fi/vinkit/#tip-do-not-rely-only-on-job-ads', why: 'illative plural' },
  { query: 'piilotyöpaikkoja', finds: '/fi/oppaat/miksi-verkostot-ovat-tarkeita/', why: 'partitive plural of a compound' },
  { query: 'linkedin-profiilin', finds: '/fi/linkedin-tarkistuslista/', why: 'hyphenated compound, genitive' },
  { query: 'tarkistuslista', finds: '/fi/linkedin-tarkistuslista/', why: 'the checklist by its name' },
  { query: 'hissipuhe', finds: '/fi/vinkit/#tip-prepare-a-short-introduction', why: 'keyword not in the text' },
  { query: 'etätapahtumassa', finds: '/fi/oppaat/verkkotapahtumat/', why: 'inessive' },
  { query: 'tapahtumassa', finds: '/fi/vinkit/#tip-join-small-groups-at-online-events', why: 'second part of "etätapahtumassa"' },
  { query: 'liitto', finds: '/fi/vinkit/#tip-join-an-association-in-your-field', why: 'second part of "ammattiliitto"' },
  { query: 'kahvitauolla', finds: '/fi/oppaat/verkostoituminen-tyossa/', why: 'adessive with consonant gradation' },
  { query: 'tuki', finds: '/fi/vinkit/#tip-find-peer-support', why: 'second part of "vertaistuki"' },
  { query: 'käyntikortin', finds: '/fi/vinkit/#tip-write-notes-on-business-cards', why: 'genitive' },
  { query: 'paluumuuttaja', finds: '/fi/oppaat/verkostot-muuton-jalkeen/', why: 'keyword' },
  { query: 'ujo', finds: '/fi/vinkit/#tip-start-small-if-networking-feels-hard', why: 'short keyword' },
  { query: 'pakolainen', finds: '/fi/mentorointiohjelmat/#programme-startup-refugees-mentoring', why: 'the text says "pakolaisia": the other stem of a -nen word' },
  { query: 'Womento', finds: '/fi/mentorointiohjelmat/#programme-womento', why: 'a programme by its name' },
  { query: 'muistutusviesti', finds: '/fi/tyokalut/viestipohjat/#message-reminder-when-there-is-no-answer', why: 'a message template by its keyword' },
  { query: 'suosittelijaksi', finds: '/fi/tyokalut/viestipohjat/#message-ask-for-a-reference', why: 'a message template by an inflected word in it' },
];

export const englishQueries: SearchCase[] = [
  { query: 'mentor', finds: '/en/guides/mentoring/', why: 'keyword and title' },
  { query: 'mentoring programme', finds: '/en/tips/#tip-look-for-a-mentoring-programme', why: 'two words' },
  { query: 'volunteering', finds: '/en/tips/#tip-volunteer-to-meet-people', why: 'stemmed form' },
  { query: 'volunteer', finds: '/en/guides/where-to-meet-people/', why: 'volunteering advice in a guide' },
  { query: 'linkedin profile', finds: '/en/linkedin-checklist/', why: 'the checklist' },
  { query: 'elevator pitch', finds: '/en/tips/#tip-prepare-a-short-introduction', why: 'keyword not in the text' },
  { query: 'hidden job market', finds: '/en/guides/why-networks-matter/', why: 'keyword phrase' },
  { query: 'webinar', finds: '/en/guides/online-and-remote-events/', why: 'keyword' },
  { query: 'business cards', finds: '/en/tips/#tip-write-notes-on-business-cards', why: 'plural' },
  { query: 'returning to Finland', finds: '/en/guides/networking-after-moving-to-finland/', why: 'phrase with a stop word' },
  { query: 'trade union', finds: '/en/tips/#tip-join-an-association-in-your-field', why: 'keyword' },
  { query: 'shy', finds: '/en/tips/#tip-start-small-if-networking-feels-hard', why: 'short keyword' },
  { query: 'refugees', finds: '/en/mentoring-programmes/#programme-startup-refugees-mentoring', why: 'a programme by who it is for' },
  { query: 'Womento', finds: '/en/mentoring-programmes/#programme-womento', why: 'a programme by its name' },
  { query: 'referee', finds: '/en/toolkit/messages/#message-ask-for-a-reference', why: 'a message template by a word in it' },
];
