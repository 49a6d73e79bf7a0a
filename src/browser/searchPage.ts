/**
 * The search page in the browser. Pagefind (its script, WebAssembly and index
 * pieces) is fetched only when the reader starts searching: on focus of the
 * field, on typing, or when the address already carries `?q=`. Results say
 * what they are (type, and an event's date and town), upcoming events rank
 * above past ones, and the count is announced to screen readers.
 */
import { rankResults } from '../lib/search/search.ts';
import { stemUkrainianQuery } from '../lib/search/ukrainianStem.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; type?: string; date?: string; town?: string; ends?: string };
}
interface PagefindSearch {
  results: { data: () => Promise<PagefindResultData> }[];
}
interface Pagefind {
  options: (options: { noWorker?: boolean }) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string, options?: { filters?: Record<string, string> }) => Promise<PagefindSearch | null>;
}
interface Messages {
  types: Record<string, string>;
  results: Record<string, string>;
  noResults: string;
  loading: string;
  /** When the index cannot be loaded (offline, or `astro dev`, which builds no index). */
  unavailable: string;
}

/** Results shown at a time: Pagefind fetches each one's text separately, so fewer means a lighter first search. */
const pageSize = 8;

/**
 * A message as DOM nodes: `{{count}}` filled in, `{{query}}` – the reader's own
 * words, in any script – isolated in a <bdi> so it cannot reorder an Arabic sentence.
 */
function fill(template: string, values: { count?: string; query: string }): (string | HTMLElement)[] {
  return template.split(/(\{\{\w+\}\})/).map((part) => {
    if (part === '{{query}}') {
      const words = document.createElement('bdi');
      words.textContent = values.query;
      return words;
    }
    return part === '{{count}}' ? (values.count ?? '') : part;
  });
}

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-search]');
  if (!form) return;
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
  const empty = document.querySelector<HTMLElement>('[data-search-empty]')!;
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const messages = JSON.parse(form.dataset.messages ?? '{}') as Messages;
  // Where Pagefind lives is the routes' to say (`searchIndexScript`); the page passes it on.
  const pagefindUrl = form.dataset.searchIndex!;
  const plural = new Intl.PluralRules(form.dataset.lang);

  let pagefind: Promise<Pagefind> | undefined;
  const load = () =>
    (pagefind ??= (import(/* @vite-ignore */ pagefindUrl) as Promise<Pagefind>).then(async (module) => {
      // The index is small: searching on the page saves the worker script (12 KB) on a reader's first search.
      await module.options({ noWorker: true });
      await module.init();
      return module;
    }));

  const selectedType = () => new FormData(form).get('type')?.toString() ?? '';
  let latest = 0;

  async function run() {
    const query = input.value.trim();
    const type = selectedType();
    const url = new URL(location.href);
    url.searchParams.set('q', query);
    if (type) url.searchParams.set('type', type);
    else url.searchParams.delete('type');
    history.replaceState(null, '', url);
    const ticket = ++latest;
    if (!query) {
      list.replaceChildren();
      list.hidden = true;
      more.hidden = true;
      status.textContent = '';
      empty.hidden = true;
      return;
    }
    status.textContent = messages.loading;
    const module = await load().catch(() => undefined);
    if (!module) {
      pagefind = undefined; // try again on the next search
      status.textContent = messages.unavailable;
      return;
    }
    // Ukrainian has no stemmer in Pagefind: search for word beginnings instead (see ukrainianStem.ts).
    const words = document.documentElement.lang === 'uk' ? stemUkrainianQuery(query) : query;
    const search = await module.search(words, type ? { filters: { type } } : {});
    if (!search || ticket !== latest) return;
    await show(search, 0, ticket, query);
  }

  /** Shows results from `start` on; the "more" button brings the next ones. */
  async function show(search: PagefindSearch, start: number, ticket: number, query: string) {
    const found = await Promise.all(search.results.slice(start, start + pageSize).map((result) => result.data()));
    if (ticket !== latest) return;
    render(rankResults(found, new Date()), start, search.results.length, query);
    more.hidden = start + pageSize >= search.results.length;
    more.onclick = () => {
      const next = list.children.length;
      void show(search, start + pageSize, ticket, query).then(() =>
        list.children[next]?.querySelector<HTMLAnchorElement>('a')?.focus(),
      );
    };
  }

  function render(results: PagefindResultData[], start: number, total: number, query: string) {
    const items = results.map((result) => {
      const item = document.createElement('li');
      const facts = document.createElement('p');
      facts.className = 'search-results__facts';
      facts.dataset.type = result.meta.type ?? '';
      facts.textContent = [messages.types[result.meta.type ?? ''], result.meta.date, result.meta.town]
        .filter(Boolean)
        .join(' · ');
      const heading = document.createElement('h2');
      const link = document.createElement('a');
      link.href = result.url;
      link.textContent = result.meta.title ?? result.url;
      heading.append(link);
      const excerpt = document.createElement('p');
      // Pagefind escapes the page text and adds only <mark> around the matches.
      excerpt.innerHTML = result.excerpt;
      item.append(facts, heading, excerpt);
      return item;
    });
    if (start === 0) list.replaceChildren(...items);
    else list.append(...items);
    list.hidden = total === 0;
    empty.hidden = total > 0;
    status.replaceChildren(
      ...(total > 0
        ? fill(messages.results[plural.select(total)] ?? messages.results.other ?? '', { count: String(total), query })
        : fill(messages.noResults, { query })),
    );
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 250);
  };
  input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
  input.addEventListener('input', soon);
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[type="radio"]')) void run();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });

  const params = new URLSearchParams(location.search);
  const type = params.get('type');
  if (type) form.querySelector<HTMLInputElement>(`input[name="type"][value="${CSS.escape(type)}"]`)?.click();
  if (params.get('q')) {
    input.value = params.get('q')!;
    void run();
  }
}
