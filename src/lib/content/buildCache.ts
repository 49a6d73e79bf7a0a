/**
 * What pages work out from content, once per build. Content cannot change
 * while the site is built, and thousands of pages ask the same questions of
 * the same entries: answering on every page made the build grow with
 * pages × entries. The dev server answers on every request instead, so an
 * editor sees a saved change at once.
 */
const building = !import.meta.env.DEV;

const buildStarted = new Date();

/**
 * The instant the site is shown for: one for the whole build, so every page
 * agrees which dates have passed (the daily rebuild moves them on).
 */
export function siteNow(): Date {
  return building ? buildStarted : new Date();
}

/**
 * `compute`, remembered per key for the rest of the build (a promise is
 * remembered too, so concurrent pages share one computation).
 */
export function oncePerBuild<K, V>(compute: (key: K) => V): (key: K) => V {
  if (!building) return compute;
  const results = new Map<K, V>();
  return (key) => {
    if (!results.has(key)) results.set(key, compute(key));
    return results.get(key)!;
  };
}
