// @ts-check
import { defineConfig } from 'html-validate';

/**
 * html-validate settings for the built site (tests/dist/html-validate.test.ts), kept as .mjs
 * rather than .htmlvalidate.json so that each change to the recommended rules carries its reason.
 */
export default defineConfig({
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // Heading anchors come from the heading text, so a numbered heading ("## 1. Anna, älä vain
    // pyydä") gets an id starting with a digit and Finnish headings give ids with ä and ö. HTML
    // allows any id without spaces; the strict mode only matters for hand-written CSS selectors,
    // and no stylesheet here targets heading ids. Relaxed still refuses empty ids and whitespace.
    'valid-id': ['error', { relaxed: true }],
    // The browser title is the page's own title (at most 90 characters, enforced by the content
    // schema) followed by the site name, so the part that tells pages apart comes first and a
    // truncated tab or search result only loses the site name. 130 still catches a description
    // pasted into the title field.
    'long-title': ['error', { maxlength: 130 }],
    // Filter checkboxes share one name per question (audience=women&audience=students), which is
    // how HTML forms send several values of one field; the default only allows this for radios.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
});
