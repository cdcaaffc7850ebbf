import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { AgendaItemView, AttendanceView, ParleyError, PartyView } from '../../shared/contract';
import {
  AGENDA_ITEM_KINDS,
  AGENDA_ITEM_KIND_LABELS,
  AGENDA_LIMITS,
  REGIMES,
  REGIME_LABELS,
  type AgendaItemKind,
  type Regime,
} from '../../shared/domain/session';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { SelectField, TextAreaField, TextField } from '../ui/Field';
import { FieldRow } from '../ui/FieldRow';
import { fieldErrorsOf } from '../ui/issues';
import { ShortcutHint } from '../ui/Kbd';

export interface ItemDraft {
  readonly kind: AgendaItemKind;
  readonly title: string;
  readonly plannedMinutes: string;
  readonly day: string;
  /** '' none · 'facilitator' · a participant id. */
  readonly lead: string;
  readonly caucusPartyId: string;
  readonly regime: Regime | '';
  readonly topics: string;
  readonly notes: string;
}

export function draftOfItem(item: AgendaItemView | undefined, day = 0): ItemDraft {
  return {
    kind: item?.kind ?? 'plenary',
    title: item?.title ?? '',
    plannedMinutes: String(item?.plannedMinutes ?? 30),
    day: String(item?.day ?? day),
    lead:
      item?.lead.kind === 'facilitator'
        ? 'facilitator'
        : item?.lead.kind === 'participant'
          ? (item.lead.participantId ?? '')
          : '',
    caucusPartyId: item?.caucusParty?.id ?? '',
    regime: item?.regime ?? '',
    topics: item?.topics.map((topic) => topic.title).join(', ') ?? '',
    notes: item?.notes ?? '',
  };
}

/** The contract's fields from a draft (topics are typed comma-separated). */
export function itemFields(draft: ItemDraft) {
  return {
    kind: draft.kind,
    title: draft.title,
    plannedMinutes: Number(draft.plannedMinutes),
    lead:
      draft.lead === ''
        ? ({ kind: 'none' } as const)
        : draft.lead === 'facilitator'
          ? ({ kind: 'facilitator' } as const)
          : ({ kind: 'participant', participantId: draft.lead } as const),
    caucusPartyId: draft.kind === 'caucus' ? draft.caucusPartyId || null : null,
    regime: draft.regime === '' ? null : draft.regime,
    topics: draft.topics
      .split(/[,،]/)
      .map((topic) => topic.trim())
      .filter(Boolean),
    notes: draft.notes,
  };
}

export interface ItemEditorProps {
  readonly item?: AgendaItemView | undefined;
  readonly dayCount: number;
  readonly defaultDay: number;
  readonly sessionRegime: Regime;
  readonly parties: readonly PartyView[];
  readonly participants: readonly AttendanceView[];
  readonly error: ParleyError | null;
  readonly busy: boolean;
  /** Called as the minutes change, so the agenda shows the new times before saving. */
  readonly onPreviewMinutes?: (minutes: number | null) => void;
  readonly onSubmit: (draft: ItemDraft) => void;
  readonly onCancel: () => void;
}

const KIND_OPTIONS = AGENDA_ITEM_KINDS.map((value) => ({ value, label: AGENDA_ITEM_KIND_LABELS[value] }));

/** Adds or edits one agenda item. Escape cancels. */
export function ItemEditor(props: ItemEditorProps) {
  const { item, dayCount, defaultDay, sessionRegime, parties, participants, error, busy } = props;
  const [draft, setDraft] = useState<ItemDraft>(() => draftOfItem(item, defaultDay));
  const titleRef = useRef<HTMLInputElement>(null);
  const errors = fieldErrorsOf(error);
  const set =
    <K extends keyof ItemDraft>(key: K) =>
    (value: ItemDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));

  useEffect(() => titleRef.current?.focus(), []);

  const leadOptions = [
    { value: '', label: 'No lead' },
    { value: 'facilitator', label: 'Facilitator' },
    ...participants
      .filter((p) => p.speakerCode !== null)
      .map((p) => ({ value: p.participantId, label: `Participant ${p.speakerCode}` })),
  ];
  const dayOptions = Array.from({ length: Math.max(dayCount, Number(draft.day) + 1) }, (_, day) => ({
    value: String(day),
    label: `Day ${day + 1}`,
  }));
  const regimeOptions = [
    { value: '' as const, label: `Session’s rule (${REGIME_LABELS[sessionRegime]})` },
    ...REGIMES.map((value) => ({ value, label: REGIME_LABELS[value] })),
  ];
  const partyOptions = [
    { value: '', label: 'Choose the side…' },
    ...parties.map((party) => ({ value: party.id, label: party.name })),
  ];

  function submit(event: FormEvent) {
    event.preventDefault();
    props.onSubmit(draft);
  }

  return (
    <form
      className="item-editor"
      onSubmit={submit}
      aria-label={item ? `Edit “${item.title}”` : 'New agenda item'}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.defaultPrevented) {
          event.preventDefault();
          props.onPreviewMinutes?.(null);
          props.onCancel();
        }
      }}
    >
      {error && !Object.keys(errors).length && !(draft.kind === 'caucus' && error.code === 'CAUCUS_PARTY_REQUIRED') && (
        <ErrorBanner title={error.message} />
      )}
      <FieldRow min="9rem">
        <TextField
          label="Title"
          ref={titleRef}
          value={draft.title}
          onChange={(e) => set('title')(e.target.value)}
          error={errors.title}
        />
        <SelectField
          label="Kind"
          options={KIND_OPTIONS}
          value={draft.kind}
          onValueChange={set('kind')}
          error={errors.kind}
        />
        <TextField
          label="Minutes"
          type="number"
          min={AGENDA_LIMITS.minItemMinutes}
          max={AGENDA_LIMITS.maxItemMinutes}
          value={draft.plannedMinutes}
          onChange={(e) => {
            set('plannedMinutes')(e.target.value);
            const minutes = Number(e.target.value);
            const valid =
              Number.isInteger(minutes) &&
              minutes >= AGENDA_LIMITS.minItemMinutes &&
              minutes <= AGENDA_LIMITS.maxItemMinutes;
            props.onPreviewMinutes?.(valid ? minutes : null);
          }}
          error={errors.plannedMinutes}
          className="item-editor__minutes"
          dir="ltr"
        />
        {!item && (
          <SelectField
            label="Day"
            options={dayOptions}
            value={draft.day}
            onValueChange={set('day')}
            error={errors.day}
          />
        )}
      </FieldRow>
      <FieldRow min="11rem">
        {draft.kind === 'caucus' && (
          <SelectField
            label="Caucus with"
            options={partyOptions}
            value={draft.caucusPartyId}
            onValueChange={set('caucusPartyId')}
            error={errors.caucusPartyId ?? (error?.code === 'CAUCUS_PARTY_REQUIRED' ? error.message : undefined)}
          />
        )}
        <SelectField
          label="Lead"
          options={leadOptions}
          value={draft.lead}
          onValueChange={set('lead')}
          error={errors.lead}
        />
        <SelectField
          label="Confidentiality"
          options={regimeOptions}
          value={draft.regime}
          onValueChange={set('regime')}
        />
        <TextField
          label="Topics"
          description="Separate with commas."
          value={draft.topics}
          onChange={(e) => set('topics')(e.target.value)}
          error={Object.entries(errors).find(([path]) => path.startsWith('topics'))?.[1]}
        />
      </FieldRow>
      <TextAreaField
        label="Notes for the facilitator"
        value={draft.notes}
        onChange={(e) => set('notes')(e.target.value)}
        rows={2}
        error={errors.notes}
      />
      <div className="sx-actions">
        <Button type="submit" variant="primary" size="small" busy={busy}>
          {item ? 'Save item' : 'Add item'}
        </Button>
        <Button
          variant="quiet"
          size="small"
          onClick={() => {
            props.onPreviewMinutes?.(null);
            props.onCancel();
          }}
          aria-keyshortcuts="Escape"
        >
          Cancel <ShortcutHint keyName="Esc" />
        </Button>
      </div>
    </form>
  );
}
