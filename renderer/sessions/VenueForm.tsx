import { useState, type FormEvent } from 'react';
import type { PartyView, VenueView } from '../../shared/contract';
import { SEPARATION_KINDS, SEPARATION_KIND_LABELS, type SeparationKind } from '../../shared/domain/session';
import { useApi } from '../api';
import { Button } from '../ui/Button';
import { EditableRows } from '../ui/EditableRows';
import { ErrorBanner } from '../ui/ErrorBanner';
import { SelectField, TextAreaField, TextField } from '../ui/Field';
import { FieldRow } from '../ui/FieldRow';
import { fieldErrorsOf } from '../ui/issues';
import { ShortcutHint } from '../ui/Kbd';
import { closeOnEscape } from '../ui/keyboard';
import { useCall } from '../ui/useCall';
import { TimeZoneField } from './TimeZoneField';

export interface VenueFormProps {
  readonly dialogueId: string;
  readonly parties: readonly PartyView[];
  readonly venue?: VenueView | undefined;
  readonly onSaved: (venue: VenueView) => void;
  readonly onCancel: () => void;
}

interface SeparationDraft {
  readonly key: string;
  readonly kind: SeparationKind;
  readonly partyId: string;
  readonly note: string;
}

const KIND_OPTIONS = SEPARATION_KINDS.map((value) => ({ value, label: SEPARATION_KIND_LABELS[value] }));
let keys = 0;

/** A venue: where it is, why it suits both sides, comfort, discretion and separation arrangements. */
export function VenueForm({ dialogueId, parties, venue, onSaved, onCancel }: VenueFormProps) {
  const api = useApi();
  const { run, error, busy } = useCall();
  const [draft, setDraft] = useState(() => ({
    name: venue?.name ?? '',
    city: venue?.city ?? '',
    country: venue?.country ?? '',
    timeZone: venue?.timeZone ?? '',
    suitability: venue?.suitability ?? '',
    comfortNotes: venue?.comfortNotes ?? '',
    discretionNotes: venue?.discretionNotes ?? '',
  }));
  const [separations, setSeparations] = useState<readonly SeparationDraft[]>(() =>
    (venue?.separations ?? []).map((s) => ({
      key: `separation-${++keys}`,
      kind: s.kind,
      partyId: s.partyId ?? '',
      note: s.note,
    })),
  );
  const errors = fieldErrorsOf(error);
  const set = (key: keyof typeof draft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const partyOptions = [
    { value: '', label: 'Every side' },
    ...parties.map((party) => ({ value: party.id, label: party.name })),
  ];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields = {
      ...draft,
      separations: separations.map((s) => ({ kind: s.kind, partyId: s.partyId || null, note: s.note })),
    };
    const saved = await run(() =>
      venue ? api.venue.update({ id: venue.id, ...fields }) : api.venue.create({ dialogueId, ...fields }),
    );
    if (saved) onSaved(saved);
  }

  return (
    <form
      className="venue-form"
      onSubmit={submit}
      onKeyDown={closeOnEscape(onCancel)}
      aria-label={venue ? 'Edit venue' : 'New venue'}
    >
      <h2 className="sx-panel-title">{venue ? 'Edit venue' : 'New venue'}</h2>
      {error && !Object.keys(errors).length && <ErrorBanner title={error.message} />}
      <FieldRow>
        <TextField
          label="Name"
          value={draft.name}
          onChange={(e) => set('name')(e.target.value)}
          error={errors.name}
          required
        />
        <TextField label="City" value={draft.city} onChange={(e) => set('city')(e.target.value)} error={errors.city} />
        <TextField
          label="Country"
          value={draft.country}
          onChange={(e) => set('country')(e.target.value)}
          error={errors.country}
        />
        <TimeZoneField value={draft.timeZone} onChange={set('timeZone')} error={errors.timeZone} />
      </FieldRow>
      <TextAreaField
        label="Why it suits both sides"
        description="Neutrality, access, travel, what each side can accept."
        value={draft.suitability}
        onChange={(e) => set('suitability')(e.target.value)}
        error={errors.suitability}
        rows={2}
      />
      <FieldRow min="16rem">
        <TextAreaField
          label="Comfort"
          value={draft.comfortNotes}
          onChange={(e) => set('comfortNotes')(e.target.value)}
          rows={2}
        />
        <TextAreaField
          label="Discretion"
          value={draft.discretionNotes}
          onChange={(e) => set('discretionNotes')(e.target.value)}
          rows={2}
        />
      </FieldRow>
      <EditableRows
        legend="Separation arrangements"
        description={separations.length === 0 ? 'None: the sides share every space.' : undefined}
        rows={separations}
        onChange={setSeparations}
        newRow={(): SeparationDraft => ({ key: `separation-${++keys}`, kind: 'dining', partyId: '', note: '' })}
        renderRow={(s, index, update) => (
          <>
            <SelectField
              label={`Arrangement ${index + 1}`}
              hideLabel
              options={KIND_OPTIONS}
              value={s.kind}
              onValueChange={(kind) => update({ kind })}
            />
            <SelectField
              label={`Arrangement ${index + 1} for`}
              hideLabel
              options={partyOptions}
              value={s.partyId}
              onValueChange={(partyId) => update({ partyId })}
            />
            <TextField
              label={`Arrangement ${index + 1} note`}
              hideLabel
              placeholder="Note"
              value={s.note}
              onChange={(e) => update({ note: e.target.value })}
            />
          </>
        )}
        removeLabel={(_, index) => `Remove arrangement ${index + 1}`}
        addLabel="Add arrangement"
        template="minmax(10rem, 1fr) minmax(10rem, 1fr) minmax(10rem, 2fr)"
        className="editable-rows--boxed"
      />
      <div className="sx-actions">
        <Button type="submit" variant="primary" busy={busy}>
          {venue ? 'Save venue' : 'Add venue'}
        </Button>
        <Button variant="quiet" onClick={onCancel} aria-keyshortcuts="Escape">
          Cancel <ShortcutHint keyName="Esc" />
        </Button>
      </div>
    </form>
  );
}
