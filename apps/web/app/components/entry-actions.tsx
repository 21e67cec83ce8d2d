// The buttons at the end of a row in a list a county or town keeps (dispute types, committees,
// the centre's departments and rooms): edit the entry, and switch it off (retire it, take it out
// of service) or back on. Entries are never deleted, so one post goes both ways.
import { Form, Link } from 'react-router';
import { buttonClass, confirmSubmit } from './form.tsx';

export function EntryActions({
  editTo,
  editText,
  editLabel,
  action,
  fields,
  switchesOff,
  switchText,
  switchLabel,
  confirm,
}: {
  editTo: string;
  editText: string;
  /** The edit link's accessible name, which names the entry. */
  editLabel: string;
  /** Where the switch posts; the page's own address when left out. */
  action?: string;
  /** The switch's hidden inputs: its intent and which entry. */
  fields: Record<string, string>;
  /** True when the switch takes the entry out of use: a danger button that asks `confirm` first. */
  switchesOff: boolean;
  switchText: string;
  switchLabel: string;
  confirm?: string;
}) {
  return (
    <div className="flex justify-end gap-1.5">
      <Link to={editTo} className={buttonClass.small} aria-label={editLabel}>
        {editText}
      </Link>
      <Form
        method="post"
        action={action}
        onSubmit={switchesOff && confirm ? confirmSubmit(confirm) : undefined}
      >
        {Object.entries(fields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <button
          type="submit"
          className={switchesOff ? buttonClass.smallDanger : buttonClass.small}
          aria-label={switchLabel}
        >
          {switchText}
        </button>
      </Form>
    </div>
  );
}
