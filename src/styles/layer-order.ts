/**
 * The cascade-layer order: later layers win regardless of selector weight. The first mention of a
 * layer fixes its rank, and Astro may put a component's `@layer components` block ahead of
 * global.css in a page's stylesheet, which would rank components lowest and print below base.
 * So Base.astro writes this statement in its own `<style>` before every stylesheet, and
 * astro.config.mjs allows exactly this text in the CSP by its hash. global.css repeats it for
 * pages without Base (a unit test keeps the two equal).
 */
export const layerOrder = '@layer reset, tokens, base, layout, components, utilities, print;';
