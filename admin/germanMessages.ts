/**
 * Decap's German notices where they mislead editors: any refused field (not
 * only an empty one) leads to the notice about required fields, and a
 * refused save names its reason without „Error:“. Added to Decap's own
 * German phrases.
 */
type Phrases = Record<string, unknown>;

const overrides = {
  editor: {
    editorControlPane: {
      widget: {
        // Our patterns carry the schema's own German sentence: no „entspricht nicht dem Muster“, no „..“.
        regexPattern: '%{fieldLabel}: %{pattern}',
      },
    },
  },
  ui: {
    toast: {
      missingRequiredField: 'Nicht gespeichert: Bitte die rot markierten Felder prüfen.',
      onFailToPersist: 'Nicht gespeichert: %{details}',
    },
  },
};

function merge(base: Phrases, extra: Phrases): Phrases {
  const out: Phrases = { ...base };
  for (const [key, value] of Object.entries(extra))
    out[key] =
      value && typeof value === 'object' && base[key] && typeof base[key] === 'object'
        ? merge(base[key] as Phrases, value as Phrases)
        : value;
  return out;
}

export const germanMessages = (decapGerman: Phrases): Phrases => merge(decapGerman, overrides);
