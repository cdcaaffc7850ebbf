import { Plus, Trash2 } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import type { PartyView, VenueView } from '../../shared/contract';
import { SEPARATION_KINDS, SEPARATION_KIND_LABELS, type SeparationKind } from '../../shared/domain/session';
import { useApi } from '../api';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { SelectField, TextAreaField, TextField } from '../ui/Field';
import { fieldErrorsOf } from '../ui/issues';
import { useCall } from './call';
import { TimeZoneField } from './TimeZoneField';

export interface VenueFormProps {
  readonly dialogueId: string;
  readonly parties: readonly PartyView[];
  readonly venue?: VenueView | undefined;
  readonly onSaved: (venue: VenueView) => void;
  readonly onCancel: () => void;
}

interface SeparationDraft {
  readonly key: number;
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
  const [separations, setSeparations] = useState<SeparationDraft[]>(() =>
    (venue?.separations ?? []).map((s) => ({ key: ++keys, kind: s.kind, partyId: s.partyId ?? '', note: s.note })),
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
    <form className="venue-form" onSubmit={submit} aria-label={venue ? 'Edit venue' : 'New venue'}>
      <h3 className="sx-panel-title">{venue ? 'Edit venue' : 'New venue'}</h3>
      {error && !Object.keys(errors).length && <ErrorBanner title={error.message} />}
      <div className="sx-grid">
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
      </div>
      <TextAreaField
        label="Why it suits both sides"
        description="Neutrality, access, travel, what each side can accept."
        value={draft.suitability}
        onChange={(e) => set('suitability')(e.target.value)}
        error={errors.suitability}
        rows={2}
      />
      <div className="sx-grid sx-grid--two">
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
      </div>
      <fieldset className="separations">
        <legend>Separation arrangements</legend>
        {separations.length === 0 && <p className="muted">None: the sides share every space.</p>}
        {separations.map((s, index) => (
          <div key={s.key} className="separation-row">
            <SelectField
              label={`Arrangement ${index + 1}`}
              hideLabel
              options={KIND_OPTIONS}
              value={s.kind}
              onValueChange={(kind) => setSeparations((all) => all.map((x) => (x.key === s.key ? { ...x, kind } : x)))}
            />
            <SelectField
              label={`Arrangement ${index + 1} for`}
              hideLabel
              options={partyOptions}
              value={s.partyId}
              onValueChange={(partyId) =>
                setSeparations((all) => all.map((x) => (x.key === s.key ? { ...x, partyId } : x)))
              }
            />
            <TextField
              label={`Arrangement ${index + 1} note`}
              hideLabel
              placeholder="Note"
              value={s.note}
              onChange={(e) => {
                const note = e.target.value;
                setSeparations((all) => all.map((x) => (x.key === s.key ? { ...x, note } : x)));
              }}
            />
            <button
              type="button"
              className="icon-button"
              aria-label={`Remove arrangement ${index + 1}`}
              onClick={() => setSeparations((all) => all.filter((x) => x.key !== s.key))}
            >
              <Trash2 size={16} aria-hidden="true" />
            </button>
          </div>
        ))}
        <Button
          size="small"
          variant="quiet"
          icon={<Plus size={14} aria-hidden="true" />}
          onClick={() => setSeparations((all) => [...all, { key: ++keys, kind: 'dining', partyId: '', note: '' }])}
        >
          Add arrangement
        </Button>
      </fieldset>
      <div className="sx-actions">
        <Button type="submit" variant="primary" busy={busy}>
          {venue ? 'Save venue' : 'Add venue'}
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
