import { isLocale, type Locale } from '../../../i18n/locales';
import { handSchema } from '../hand-schema';
import { defineRecordType } from '../record-type';

/**
 * The language the reader chose, so the bilingual root page can send a returning reader straight
 * to it (`networking-guide:language`, the key used before the layer: `{"version":1,"value":"fi"}`).
 */
export const languageType = defineRecordType<Locale>({
  tool: 'site',
  name: 'language',
  version: 1,
  singleton: true,
  remindBackup: false,
  schema: handSchema((value): value is Locale => typeof value === 'string' && isLocale(value), 'Expected a language code of the site'),
});
