/**
 * Every top-level field of the CMS checked with the site's own schema, with
 * the problem shown at the field, in German, until the field is changed –
 * not in a notice that vanishes. Decap's widgets are wrapped, not replaced:
 * the wrapper renders Decap's control and answers Decap's `isValid` with the
 * schema's message for this field (`validation.ts`).
 *
 * Decap itself checks only the left (German) pane before saving; a check of
 * a German field therefore also checks the translation shown on the right,
 * so a problem there is marked at its field too.
 *
 * An optional group left empty (an address, a registration) is not checked
 * inside: its fields are required only once the group is filled in, and
 * Decap would otherwise demand them – and mark them „optional“ besides.
 */
import { Component, createElement as h, type ComponentType } from 'react';
import { defaultLocale, isLocaleCode, locales } from '../../src/core/locales.ts';
import { withoutBlanks } from '../../src/lib/content/blankValues.ts';
import { fieldProblems, fileNameProblem, languageName } from '../validation.ts';

interface ImmutableLike {
  get: (key: string, fallback?: unknown) => unknown;
  getIn: (path: string[]) => unknown;
  toJS?: () => unknown;
}

interface CheckedProps {
  field: ImmutableLike;
  value?: unknown;
  locale?: string;
  parentIds?: readonly string[];
  entry?: ImmutableLike;
  getEntry?: () => ImmutableLike;
  collection?: ImmutableLike;
  validate: () => void;
  [prop: string]: unknown;
}

type InnerControl = {
  isValid?: () => unknown;
  validate?: () => void;
  focus?: (path?: string) => void;
  getValidateValue?: () => unknown;
  shouldComponentUpdate?: (next: unknown) => boolean;
};

/** Decap's error type for a missing value: the only one it announces with a notice, so editors see why. */
const shownErrorType = 'PRESENCE';

const mounted = new Set<{ props: CheckedProps; recheck: () => void; flagged: boolean }>();

const entryData = (entry: ImmutableLike, locale: string) =>
  (toJs(locale === defaultLocale ? entry.get('data') : entry.getIn(['i18n', locale, 'data'])) ?? {}) as Record<
    string,
    unknown
  >;

/** Slate renders the body's blocks with `dir="ltr"` of their own: set the pane's language again inside. */
const takePaneLanguage = (element: HTMLElement | null) => {
  const pane = element?.parentElement?.closest<HTMLElement>('[data-pane-field]');
  if (!element || !pane) return;
  element.lang = pane.lang;
  element.dir = pane.dir;
};

const sameValue = (a: unknown, b: unknown) => a === b || JSON.stringify(toJs(a)) === JSON.stringify(toJs(b));

const toJs = (value: unknown): unknown =>
  value && typeof (value as ImmutableLike).toJS === 'function' ? (value as ImmutableLike).toJS!() : value;

export function checked(Inner: ComponentType<Record<string, unknown>>) {
  return class Checked extends Component<CheckedProps> {
    inner: InnerControl | null = null;
    /** Whether this field shows a problem of ours, so a later check clears it. */
    flagged = false;

    setInner = (ref: (InnerControl & { getWrappedInstance?: () => InnerControl }) | null) => {
      this.inner = ref?.getWrappedInstance ? ref.getWrappedInstance() : ref;
    };

    get isTopLevel() {
      return (this.props.parentIds ?? []).length === 0;
    }

    get locale() {
      return this.props.locale ?? defaultLocale;
    }

    override componentDidMount() {
      if (this.isTopLevel) mounted.add(this);
    }

    override componentWillUnmount() {
      mounted.delete(this);
    }

    recheck = () => this.props.validate();

    /**
     * A change that changes nothing is not passed on: Decap's relation widget "changes" its value to
     * the same one once its options have loaded, and the entry showed „Ungespeicherte Änderungen“
     * as soon as it was opened – and again right after publishing.
     */
    onChange = (value: unknown, ...rest: unknown[]) => {
      if (sameValue(value, this.props.value)) return;
      (this.props.onChange as (value: unknown, ...rest: unknown[]) => void)(value, ...rest);
    };

    override shouldComponentUpdate(next: CheckedProps) {
      return this.inner?.shouldComponentUpdate ? this.inner.shouldComponentUpdate.call(this.inner, next) : true;
    }

    focus(path?: string) {
      this.inner?.focus?.(path);
    }

    getValidateValue = () => this.inner?.getValidateValue?.();

    /** Decap's check before saving; groups check their fields first, unless left empty. */
    validate = () => {
      const empty = Object.keys(withoutBlanks({ value: toJs(this.props.value) })).length === 0;
      const optional = this.props.field.get('required') === false;
      if (!(empty && optional)) this.inner?.validate?.();
      this.props.validate();
    };

    isValid = () => {
      const result = this.check();
      this.flagged = result !== true;
      return result;
    };

    check() {
      const locale = this.locale;
      // Facts copied from German are checked once, in the German pane.
      if (locale !== defaultLocale && this.isTopLevel && this.props.field.get('i18n') === 'duplicate') return true;
      const own = this.inner?.isValid?.() ?? true;
      if (own !== true || !this.isTopLevel) return own;
      const entry = this.props.getEntry?.() ?? this.props.entry;
      const collection = String(this.props.collection?.get('name') ?? entry?.get('collection') ?? '');
      if (!entry || !collection) return true;
      if (locale === defaultLocale) {
        // Saving starts with the German pane: check the translations on screen as well – those with a
        // problem, and those showing one (to clear it). An unfinished translation is not refused.
        const withProblems = new Map<string, boolean>();
        for (const other of mounted) {
          const otherLocale = other.props.locale ?? defaultLocale;
          if (otherLocale === defaultLocale) continue;
          if (!withProblems.has(otherLocale))
            withProblems.set(
              otherLocale,
              fieldProblems(collection, entryData(entry, otherLocale), otherLocale).size > 0,
            );
          if (withProblems.get(otherLocale) || other.flagged) other.recheck();
        }
      }
      const name = String(this.props.field.get('name'));
      const data = entryData(entry, locale);
      let messages = fieldProblems(collection, data, locale).get(name) ?? [];
      // A new entry's file name comes from its title: it may not be an address the site needs itself.
      const fileName =
        name === 'title' && locale === defaultLocale && entry.get('newRecord')
          ? fileNameProblem(collection, data.title)
          : undefined;
      if (fileName) messages = [...messages, fileName];
      // Decap already reports an empty required field and a value its pattern refuses.
      const value = toJs(this.props.value);
      const blank = Object.keys(withoutBlanks({ value })).length === 0;
      const pattern = toJs(this.props.field.get('pattern')) as [string, string] | undefined;
      if (blank && this.props.field.get('required') !== false) messages = [];
      if (pattern && typeof value === 'string' && value && !new RegExp(pattern[0]).test(value)) messages = [];
      if (messages.length === 0) return true;
      const language = locale === defaultLocale ? '' : ` (${languageName(locale)})`;
      return { error: { type: shownErrorType, message: `${messages.join(' ')}${language}` } };
    }

    override render() {
      const control = h(Inner, { ...this.props, ref: this.setInner, onChange: this.onChange });
      // An editor component inside the Markdown body (the image's description) is rendered without
      // its pane's language: it takes language and direction from the body's wrapper.
      if (this.props.isEditorComponent === true) return h('div', { ref: takePaneLanguage }, control);
      if (!this.isTopLevel || !isLocaleCode(this.locale)) return control;
      // Each language's fields in its own direction: Arabic is typed right to left (Decap has no RTL mode).
      const { bcp47, dir } = locales[this.locale];
      return h('div', { lang: bcp47, dir, 'data-pane-field': '' }, control);
    }
  };
}
