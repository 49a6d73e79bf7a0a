/**
 * The CMS field for dates and event times (`local-date`, `local-date-time`):
 * a text field for „14.03.2027 16:00“ with the day read back underneath
 * („Sonntag, 14. März 2027, 16:00 Uhr“). A value that is not a real date stays
 * in the field and in the draft as typed, and the save is refused with a
 * German message at the field – never dropped (see `dateInput.ts`).
 */
import { Component, createElement as h } from 'react';
import { displayDateInput, formatHint, parseDateInput, readBack } from '../dateInput.ts';

interface ImmutableField {
  get: (key: string, fallback?: unknown) => unknown;
}

interface DateControlProps {
  field: ImmutableField;
  value?: unknown;
  forID: string;
  onChange: (value: string) => void;
  classNameWrapper: string;
  setActiveStyle: () => void;
  setInactiveStyle: () => void;
  isDisabled?: boolean;
}

/** Decap's error type for a missing value: the only one it announces with a notice, so editors see why. */
const shownErrorType = 'PRESENCE';

export function dateControl(withTime: boolean) {
  return class DateControl extends Component<DateControlProps, { text: string }> {
    override state = { text: displayDateInput(this.props.value) };

    override componentDidUpdate(previous: DateControlProps) {
      // A value set from outside (copied from another language, cleared): show it.
      if (previous.value !== this.props.value && this.props.value !== this.storedFor(this.state.text))
        this.setState({ text: displayDateInput(this.props.value) });
    }

    storedFor(text: string): string {
      const result = parseDateInput(text, withTime);
      return 'value' in result ? result.value : text;
    }

    /** Called by Decap before saving: a German message at the field, or fine. */
    isValid = () => {
      const result = parseDateInput(this.state.text, withTime);
      if (!('problem' in result)) return true;
      const label = String(this.props.field.get('label', this.props.field.get('name')));
      return { error: { type: shownErrorType, message: `${label}: ${result.problem}` } };
    };

    handleChange = (event: { target: { value: string } }) => {
      const text = event.target.value;
      this.setState({ text });
      this.props.onChange(this.storedFor(text));
    };

    override render() {
      const { forID, classNameWrapper, setActiveStyle, setInactiveStyle, isDisabled } = this.props;
      const result = parseDateInput(this.state.text, withTime);
      const line =
        'problem' in result
          ? result.problem
          : result.value
            ? readBack(result.value)
            : withTime
              ? formatHint.withTime
              : formatHint.date;
      return h(
        'div',
        null,
        h('input', {
          id: forID,
          type: 'text',
          className: classNameWrapper,
          value: this.state.text,
          placeholder: withTime ? 'TT.MM.JJJJ HH:MM' : 'TT.MM.JJJJ',
          autoComplete: 'off',
          // Dates read left to right, also among Arabic fields.
          dir: 'ltr',
          spellCheck: false,
          disabled: isDisabled,
          'aria-describedby': `${forID}-read-back`,
          onChange: this.handleChange,
          onFocus: setActiveStyle,
          onBlur: setInactiveStyle,
        }),
        h(
          'p',
          {
            id: `${forID}-read-back`,
            'aria-live': 'polite',
            lang: 'de',
            dir: 'ltr',
            'data-date-read-back': '',
            style: { margin: '0.4em 0 0', fontSize: '0.85rem', color: 'problem' in result ? '#b00020' : '#3a3a3a' },
          },
          line,
        ),
      );
    }
  };
}

/** How the preview pane shows a date: as readers will read it. */
export function DatePreview({ value }: { value?: unknown }) {
  return h('span', null, typeof value === 'string' ? readBack(value) || value : '');
}
