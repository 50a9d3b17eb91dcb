import 'i18next';
import type en from './ui/en.json';

// Types `t()` keys against the English strings, so a misspelt key fails `npm run check`.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    keySeparator: false;
    nsSeparator: false;
    resources: { translation: typeof en };
  }
}
