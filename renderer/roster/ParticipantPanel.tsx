import { Sparkles, X } from 'lucide-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { DialogueView, ParticipantView, PurgeResult } from '../../shared/contract';
import {
  MULTI_TRACK_SECTOR_LABELS,
  MULTI_TRACK_SECTORS,
  PARTICIPANT_STATUS_LABELS,
  PARTICIPANT_STATUSES,
  PARTICIPANT_TRACK_LEVEL_LABELS,
  PARTICIPANT_TRACK_LEVELS,
  RATING_LABELS,
  RATINGS,
  SELECTION_CRITERIA,
  SELECTION_CRITERION_LABELS,
  type SelectionCriterion,
} from '../../shared/domain/participant';
import { useApi } from '../api';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { SelectField, TextAreaField, TextField } from '../ui/Field';
import { fieldErrorsOf } from '../ui/issues';
import { Spinner } from '../ui/Spinner';
import { ConsentSection } from './ConsentSection';
import { draftOf, fieldOfIssue, fieldsOf, newDraft, type ParticipantDraft } from './draft';
import { AliasRows, LinkRows } from './ListEditors';
import { PurgeSection } from './PurgeSection';
import { useCall } from './useCall';

export type PanelMode =
  { readonly kind: 'new'; readonly partyId: string } | { readonly kind: 'edit'; readonly id: string };

export interface ParticipantPanelProps {
  readonly dialogue: DialogueView;
  readonly mode: PanelMode;
  readonly onSaved: (participant: ParticipantView) => void;
  readonly onPurged: (result: PurgeResult) => void;
  readonly onClose: () => void;
}

const choose = <V extends string>(values: readonly V[], labels: Record<V, string>, none: string) => [
  { value: '' as const, label: none },
  ...values.map((value) => ({ value, label: labels[value] })),
];

const RATING_FIELDS: Record<SelectionCriterion, keyof ParticipantDraft> = {
  influence: 'influence',
  openMindedness: 'openMindedness',
  access: 'access',
  personalCapacity: 'personalCapacity',
};

/**
 * A participant's details, every field editable, beside the list. Escape closes it. For an
 * existing participant it also holds the consent register and the purge.
 */
export function ParticipantPanel({ dialogue, mode, onSaved, onPurged, onClose }: ParticipantPanelProps) {
  const api = useApi();
  const load = useCall();
  const save = useCall();
  const [participant, setParticipant] = useState<ParticipantView | null>(null);
  const [draft, setDraft] = useState<ParticipantDraft | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const { run: runLoad } = load;

  // The page gives each participant (and each new one) its own panel instance (a React key), so
  // loading only ever fills an empty panel.
  useEffect(() => {
    let current = true;
    if (mode.kind === 'edit') {
      void runLoad(() => api.participant.get({ id: mode.id })).then((view) => {
        if (!current || !view) return;
        setParticipant(view);
        setDraft(draftOf(view));
      });
    } else {
      void runLoad(() => api.participant.suggestCode({ dialogueId: dialogue.id, partyId: mode.partyId })).then(
        (suggested) => current && setDraft(newDraft(mode.partyId, suggested?.code ?? '')),
      );
    }
    return () => {
      current = false;
    };
    // Loaded once per panel instance; see above.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (draft) heading.current?.focus();
    // Focus once, when the participant has loaded, not on every keystroke.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draft === null, participant?.id]);

  const errors = Object.fromEntries(
    Object.entries(fieldErrorsOf(save.error)).map(([path, message]) => [fieldOfIssue(path), message]),
  );
  const set = <K extends keyof ParticipantDraft>(key: K, value: ParticipantDraft[K]) =>
    setDraft((previous) => (previous ? { ...previous, [key]: value } : previous));

  const suggest = async (partyId: string) => {
    const suggested = await save.run(() => api.participant.suggestCode({ dialogueId: dialogue.id, partyId }));
    if (suggested) set('speakerCode', suggested.code);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    const fields = fieldsOf(draft);
    const saved =
      mode.kind === 'edit'
        ? await save.run(() => api.participant.update({ id: mode.id, ...fields }))
        : await save.run(() =>
            api.participant.create({
              dialogueId: dialogue.id,
              ...fields,
              partyId: draft.partyId,
              realName: draft.realName,
            }),
          );
    if (!saved) return;
    setParticipant(saved);
    setDraft(draftOf(saved));
    onSaved(saved);
  };

  const title =
    mode.kind === 'new'
      ? 'New participant'
      : participant
        ? `${participant.speakerCode ?? ''} ${participant.pseudonym}`.trim()
        : '';

  return (
    <section
      className="roster-panel"
      aria-labelledby="roster-panel-title"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.defaultPrevented) {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <header className="roster-panel__header">
        <h2 id="roster-panel-title" ref={heading} tabIndex={-1} dir="auto">
          {title || 'Participant'}
        </h2>
        <button type="button" className="icon-button" aria-label="Close details (Escape)" onClick={onClose}>
          <X size={18} aria-hidden="true" />
        </button>
      </header>
      {load.error && <ErrorBanner title="Could not open this participant" details={[load.error.message]} />}
      {!draft && !load.error && (
        <p className="loading">
          <Spinner /> Loading…
        </p>
      )}
      {participant?.purged && (
        <p className="callout callout--warning" role="status">
          Purged on {participant.purgedOn}: the identity is gone. This neutral entry remains so that notes keep reading
          sensibly; it cannot be edited.
        </p>
      )}
      {draft && !participant?.purged && (
        <form className="roster-form" onSubmit={submit} noValidate>
          {save.error && (
            <ErrorBanner
              title={Object.keys(errors).length > 0 ? 'Not saved: check the fields marked below' : 'Not saved'}
              details={[save.error.message]}
              onDismiss={() => save.setError(null)}
            />
          )}
          <fieldset className="roster-form__group">
            <legend>Identity</legend>
            <TextField
              label="Real name"
              required
              value={draft.realName}
              maxLength={200}
              error={errors.realName}
              onChange={(event) => set('realName', event.target.value)}
            />
            <AliasRows rows={draft.aliases} onChange={(rows) => set('aliases', rows)} error={errors.aliases} />
            <div className="roster-form__pair">
              <TextField
                label="Pseudonym"
                description="Used in reports. Must not repeat any part of a name."
                placeholder="Participant …"
                value={draft.pseudonym}
                maxLength={80}
                error={errors.pseudonym}
                onChange={(event) => set('pseudonym', event.target.value)}
              />
              <div className="roster-form__code">
                <TextField
                  label="Speaker code"
                  description="Unique in this dialogue."
                  value={draft.speakerCode}
                  maxLength={8}
                  error={errors.speakerCode}
                  onChange={(event) => set('speakerCode', event.target.value)}
                />
                <Button
                  size="small"
                  variant="quiet"
                  icon={<Sparkles size={14} aria-hidden="true" />}
                  onClick={() => void suggest(draft.partyId)}
                >
                  Suggest
                </Button>
              </div>
            </div>
          </fieldset>

          <fieldset className="roster-form__group">
            <legend>Place in the process</legend>
            <div className="roster-form__pair">
              <SelectField
                label="Party"
                options={dialogue.parties.map((party) => ({ value: party.id, label: party.name }))}
                value={draft.partyId}
                error={errors.partyId}
                onValueChange={(partyId) => {
                  set('partyId', partyId);
                  if (mode.kind === 'new') void suggest(partyId);
                }}
              />
              <SelectField
                label="Status"
                options={PARTICIPANT_STATUSES.map((value) => ({ value, label: PARTICIPANT_STATUS_LABELS[value] }))}
                value={draft.status}
                onValueChange={(status) => set('status', status)}
              />
            </div>
            <div className="roster-form__pair">
              <SelectField
                label="Track level"
                options={choose(PARTICIPANT_TRACK_LEVELS, PARTICIPANT_TRACK_LEVEL_LABELS, 'Not set')}
                value={draft.trackLevel}
                onValueChange={(value) => set('trackLevel', value)}
              />
              <SelectField
                label="Sector (multi-track)"
                options={choose(MULTI_TRACK_SECTORS, MULTI_TRACK_SECTOR_LABELS, 'Not set')}
                value={draft.sector}
                onValueChange={(value) => set('sector', value)}
              />
            </div>
            <TextField
              label="Role or position"
              value={draft.role}
              maxLength={200}
              error={errors.role}
              onChange={(event) => set('role', event.target.value)}
            />
            <TextField
              label="Affiliation"
              value={draft.affiliation}
              maxLength={200}
              error={errors.affiliation}
              onChange={(event) => set('affiliation', event.target.value)}
            />
            <label className="checkbox">
              <input
                type="checkbox"
                checked={draft.affiliationSensitive}
                onChange={(event) => set('affiliationSensitive', event.target.checked)}
              />
              Sensitive affiliation: it would identify or endanger the person (never in any report)
            </label>
            <TextField
              label="Languages"
              description="Separated by commas."
              value={draft.languages}
              error={errors.languages}
              onChange={(event) => set('languages', event.target.value)}
            />
          </fieldset>

          <fieldset className="roster-form__group">
            <legend>Contact details</legend>
            <TextField
              label="Email"
              type="email"
              value={draft.email}
              error={errors['contacts.email']}
              onChange={(event) => set('email', event.target.value)}
            />
            <div className="roster-form__pair">
              <TextField
                label="Phone"
                type="tel"
                value={draft.phone}
                error={errors['contacts.phone']}
                onChange={(event) => set('phone', event.target.value)}
              />
              <TextField
                label="Messaging"
                placeholder="Signal: …"
                value={draft.messaging}
                error={errors['contacts.messaging']}
                onChange={(event) => set('messaging', event.target.value)}
              />
            </div>
          </fieldset>

          <fieldset className="roster-form__group">
            <legend>Selection rationale</legend>
            <div className="roster-form__ratings">
              {SELECTION_CRITERIA.map((criterion) => (
                <SelectField
                  key={criterion}
                  label={SELECTION_CRITERION_LABELS[criterion]}
                  options={choose(RATINGS, RATING_LABELS, 'Not assessed')}
                  value={draft[RATING_FIELDS[criterion]] as ParticipantDraft['influence']}
                  onValueChange={(value) => set(RATING_FIELDS[criterion], value)}
                />
              ))}
            </div>
            <TextAreaField
              label="Why this person"
              rows={3}
              value={draft.selectionNotes}
              error={errors['rationale.notes']}
              onChange={(event) => set('selectionNotes', event.target.value)}
            />
          </fieldset>

          <LinkRows rows={draft.links} onChange={(rows) => set('links', rows)} error={errors.links} />

          <fieldset className="roster-form__group">
            <legend>Risk notes</legend>
            <TextAreaField
              label="Travel"
              rows={2}
              value={draft.riskTravel}
              error={errors['risks.travel']}
              onChange={(event) => set('riskTravel', event.target.value)}
            />
            <TextAreaField
              label="Safety"
              rows={2}
              value={draft.riskSafety}
              error={errors['risks.safety']}
              onChange={(event) => set('riskSafety', event.target.value)}
            />
          </fieldset>

          <div className="roster-form__actions">
            <Button type="submit" variant="primary" busy={save.busy}>
              {mode.kind === 'new' ? 'Add participant' : 'Save changes'}
            </Button>
            <Button variant="quiet" onClick={onClose}>
              Close
            </Button>
          </div>
        </form>
      )}
      {participant && !participant.purged && (
        <>
          <ConsentSection participant={participant} onChanged={setParticipant} />
          <PurgeSection participant={participant} onPurged={onPurged} />
        </>
      )}
    </section>
  );
}
