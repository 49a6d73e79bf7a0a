/** A field's CMS metadata (`src/schemas/cmsMeta.ts`) belongs to the copy it was given to, not to the field it came from. */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { unwrap } from '../../admin/config/schemaShape.ts';
import { cmsMeta, withCms } from '../../src/schemas/cmsMeta.ts';

describe('CMS metadata on schema fields', () => {
  const shared = withCms(z.string().min(3), { label: 'Ort', hint: 'wie auf dem Plakat', widget: 'multiline' });

  it('gives a shared field another label where it is used, leaving the shared one as it was', () => {
    const relabelled = withCms(shared.optional(), { label: 'Treffpunkt', i18n: 'translate' });
    expect(unwrap(relabelled)).toMatchObject({
      required: false,
      cms: { label: 'Treffpunkt', hint: undefined, widget: 'multiline', i18n: 'translate' },
    });
    expect(cmsMeta.get(shared)).toEqual({ label: 'Ort', hint: 'wie auf dem Plakat', widget: 'multiline' });
  });

  it('keeps the label and hint of a field through its checks and wrappers', () => {
    expect(unwrap(shared.max(40).default('Magdeburg')).cms).toMatchObject({ label: 'Ort', hint: 'wie auf dem Plakat' });
  });
});
