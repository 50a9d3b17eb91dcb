// @ts-check

/** The parts of the benchmark, in the order they run. */
export const allParts = /** @type {const} */ (['weight', 'search', 'network', 'offline', 'lighthouse', 'build']);
/** @typedef {(typeof allParts)[number]} Part */

/**
 * Reads `npm run bench -- [--only=weight,search,offline,lighthouse,build] [--sizes=500,2000] [--port=4905]`.
 * `--sizes` exists for quick trials of the build part; the budgets are set for the default sizes.
 * Throws on anything it does not understand, so a typo never silently runs the wrong benchmark.
 * @param {string[]} argv
 */
export function parseOptions(argv) {
  /** @type {Part[]} */
  let parts = [...allParts];
  /** @type {[number, number]} */
  let sizes = [500, 2000];
  let port = 4905;
  for (const arg of argv) {
    const [name, value = ''] = arg.split('=', 2);
    if (name === '--only') {
      const wanted = value.split(',').map((part) => part.trim()).filter(Boolean);
      const unknown = wanted.filter((part) => !(/** @type {readonly string[]} */ (allParts)).includes(part));
      if (wanted.length === 0 || unknown.length > 0) throw new Error(`--only takes some of ${allParts.join(',')}; got "${value}".`);
      parts = allParts.filter((part) => wanted.includes(part));
    } else if (name === '--sizes') {
      const [medium, large] = value.split(',').map(Number);
      if (!medium || !large || medium >= large || value.split(',').length !== 2) throw new Error(`--sizes takes two growing page counts, e.g. 500,2000; got "${value}".`);
      sizes = [medium, large];
    } else if (name === '--port') {
      port = Number(value);
      if (!Number.isInteger(port) || port < 1024 || port > 65534) throw new Error(`--port takes a free port number (it also uses the next one); got "${value}".`);
    } else {
      throw new Error(`Unknown option "${arg}". Use --only=${allParts.join(',')}, --sizes=500,2000 or --port=4905.`);
    }
  }
  return { parts, sizes, port };
}
