import { describe, expect, it } from 'vitest';
import { situationLinks } from '../../src/utils/situations';

const known = {
  guides: new Map([['why-networks', { href: '/en/guides/why-networks-matter/', title: 'Why networks matter' }]]),
  tips: new Map([['ask-for-advice', { href: '/en/tips/#tip-ask-for-advice', title: 'Ask for advice' }]]),
  sections: new Map([['checklist', { href: '/en/linkedin-checklist/', label: 'LinkedIn checklist' }]]),
};
const situation = { id: 'looking-for-work', guides: ['why-networks'], tips: ['ask-for-advice'], sections: ['checklist'] };

describe('the links of a home-page situation', () => {
  it('come as the editor listed them: guides, then tips, then sections, in the page\'s language', () => {
    expect(situationLinks(situation, known, 'en', 'content/home/situations.yaml')).toEqual([
      { kind: 'guide', href: '/en/guides/why-networks-matter/', label: 'Why networks matter' },
      { kind: 'tip', href: '/en/tips/#tip-ask-for-advice', label: 'Ask for advice' },
      { kind: 'section', href: '/en/linkedin-checklist/', label: 'LinkedIn checklist' },
    ]);
  });

  it('stop the build on a key that names nothing, naming the file, the situation and the field', () => {
    expect(() => situationLinks({ ...situation, guides: ['why-networking'] }, known, 'en', 'content/home/situations.yaml'))
      .toThrow('content/home/situations.yaml: situation "looking-for-work", field "guides": no guide has the key "why-networking" (en).');
    expect(() => situationLinks({ ...situation, tips: ['ask-for-adivce'] }, known, 'fi', 'content/home/situations.yaml')).toThrow(/field "tips".*"ask-for-adivce"/);
  });
});
