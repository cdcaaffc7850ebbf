import { Save, ShieldAlert, Sparkles, UserX, X } from 'lucide-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
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
  type IdentityPart,
  type SelectionCriterion,
} from '../../shared/domain/participant';
import { useApi } from '../api';
import { HideAgain, Hidden } from '../privacy/Hidden';
import { PRIVACY_MESSAGES } from '../privacy/messages';
import { usePrivacyScreen } from '../privacy/PrivacyScreen';
import { Button } from '../ui/Button';
import { Disclosure } from '../ui/Disclosure';
import { ErrorBanner } from '../ui/ErrorBanner';
import { SelectField, TextAreaField, TextField } from '../ui/Field';
import { FieldRow } from '../ui/FieldRow';
import { formatDate } from '../ui/format';
import { fieldErrorsOf } from '../ui/issues';
import { ShortcutHint } from '../ui/Kbd';
import { Spinner } from '../ui/Spinner';
import { useCall } from '../ui/useCall';
import { ConsentSection, consentText } from './ConsentSection';
import {
  draftOf,
  fieldOfIssue,
  fieldsOf,
  identityDraftOf,
  loadedParts,
  newDraft,
  type IdentityDraft,
  type ParticipantDraft,
} from './draft';
import { AliasRows, LinkRows } from './ListEditors';
import { PANEL_MESSAGES as M } from './messages';
import { PurgeSection } from './PurgeSection';
import { Checkbox } from '../ui/Checkbox';

export type PanelMode =
  { readonly kind: 'new'; readonly partyId: string } | { readonly kind: 'edit'; readonly id: string };

export interface ParticipantPanelProps {
  readonly dialogue: DialogueView;
  readonly mode: PanelMode;
  readonly onSaved: (participant: ParticipantView) => void;
  readonly onPurged: (result: PurgeResult) => void;
  /** Something shown in the list changed here (consent recorded or withdrawn). */
  readonly onChanged?: () => void;
  readonly onClose: () => void;
}

const choose = <V extends string>(values: readonly V[], labels: Record<V, string>, none: string) => [
  { value: '' as const, label: none },
  ...values.map((value) => ({ value, label: labels[value] })),
];

const RATING_FIELDS: Record<SelectionCriterion, 'influence' | 'openMindedness' | 'access' | 'personalCapacity'> = {
  influence: 'influence',
  openMindedness: 'openMindedness',
  access: 'access',
  personalCapacity: 'personalCapacity',
};

/** Which identity part each form field belongs to (for opening the right section on an error). */
const SECTION_OF: Record<string, string> = {
  realName: 'identity',
  aliases: 'identity',
  pseudonym: 'identity',
  speakerCode: 'identity',
  partyId: 'place',
  role: 'place',
  affiliation: 'place',
  languages: 'place',
  'contacts.email': 'contacts',
  'contacts.phone': 'contacts',
  'contacts.messaging': 'contacts',
  'rationale.notes': 'rationale',
  links: 'links',
  'risks.travel': 'risks',
  'risks.safety': 'risks',
};

/**
 * A participant, beside the list: a summary first (code, pseudonym, side, status, consent,
 * sensitive flag), then sections that open one at a time, and a save bar that stays in view.
 * Escape closes it. Under the privacy screen the identity — real name and aliases, a sensitive
 * affiliation, contacts, risk notes — is not even fetched: each part is a deliberate "Reveal", and
 * everything revealed is dropped when the panel closes (the page gives each participant its own
 * panel instance) or when the privacy screen goes back on.
 */
export function ParticipantPanel({ dialogue, mode, onSaved, onPurged, onChanged, onClose }: ParticipantPanelProps) {
  const api = useApi();
  const privacy = usePrivacyScreen();
  const load = useCall();
  const save = useCall();
  const reveal = useCall();
  const [participant, setParticipant] = useState<ParticipantView | null>(null);
  const [draft, setDraft] = useState<ParticipantDraft | null>(null);
  const [revealed, setRevealed] = useState<ReadonlySet<IdentityPart>>(new Set());
  const [edited, setEdited] = useState<ReadonlySet<IdentityPart>>(new Set());
  const [privacyWasOn, setPrivacyWasOn] = useState(privacy.on);
  const heading = useRef<HTMLHeadingElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  // A Reveal or Hide button goes away when pressed: focus moves to the one that takes its place.
  const focusAfter = useRef<string | null>(null);
  const formId = useId();
  const isNew = mode.kind === 'new';
  const { run: runLoad } = load;
  const { run: runReveal } = reveal;

  /** An identity part may be on screen: a new participant's (being typed), or names shown, or revealed. */
  const visible = (part: IdentityPart) => isNew || !privacy.on || revealed.has(part);

  // The privacy screen went on while the panel was open: hide everything revealed, and drop from
  // memory what was not edited (an edit in progress is kept, hidden, so nothing typed is lost).
  if (privacy.on !== privacyWasOn) {
    setPrivacyWasOn(privacy.on);
    if (privacy.on && !isNew) {
      setRevealed(new Set());
      setDraft((current) => (current ? dropUnedited(current, edited, participant) : current));
    }
  }

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

  // Fetch the identity parts that may now be shown and are not here yet — and only those.
  const wanted = participant && draft && !participant.purged ? missingParts(participant, draft, visible) : [];
  const wantedKey = wanted.join(',');
  useEffect(() => {
    if (mode.kind !== 'edit' || wantedKey === '') return;
    let current = true;
    const parts = wantedKey.split(',') as IdentityPart[];
    void runReveal(() => api.participant.identity({ id: mode.id, parts })).then((identity) => {
      if (!current || !identity) return;
      setDraft((previous) =>
        previous
          ? {
              ...previous,
              affiliation: previous.affiliation ?? identity.affiliation,
              identity: fillMissing(previous.identity, identityDraftOf(identity)),
            }
          : previous,
      );
    });
    return () => {
      current = false;
    };
  }, [api, mode, wantedKey, runReveal]);

  useEffect(() => {
    const selector = focusAfter.current;
    if (!selector) return;
    const target = panelRef.current?.querySelector<HTMLElement>(selector);
    if (target) {
      focusAfter.current = null;
      target.focus();
    }
  });

  useEffect(() => {
    if (draft) heading.current?.focus();
    // Focus once, when the participant has loaded, not on every keystroke.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draft === null, participant?.id]);

  const errors = Object.fromEntries(
    Object.entries(fieldErrorsOf(save.error)).map(([path, message]) => [fieldOfIssue(path), message]),
  );
  const needsAttention = new Set(Object.keys(errors).map((field) => SECTION_OF[field] ?? ''));
  const set = <K extends keyof ParticipantDraft>(key: K, value: ParticipantDraft[K]) =>
    setDraft((previous) => (previous ? { ...previous, [key]: value } : previous));
  const setIdentity = <K extends keyof IdentityDraft>(part: K, value: IdentityDraft[K]) => {
    setEdited((parts) => new Set(parts).add(part));
    setDraft((previous) => (previous ? { ...previous, identity: { ...previous.identity, [part]: value } } : previous));
  };

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
              realName: draft.identity.names?.realName ?? '',
            }),
          );
    if (!saved) return;
    setParticipant(saved);
    // What was on screen stays on screen; nothing more is fetched for it.
    setDraft((previous) => draftOf(saved, previous?.identity));
    setEdited(new Set());
    onSaved(saved);
  };

  const partyName = (id: string) => dialogue.parties.find((party) => party.id === id)?.name ?? '';
  const title = isNew
    ? M.newTitle
    : participant
      ? `${participant.speakerCode ?? ''} ${participant.pseudonym}`.trim()
      : '';
  const revealPart = (part: IdentityPart) => {
    setRevealed((parts) => new Set(parts).add(part));
    focusAfter.current = `[data-hide-part="${part}"]`;
  };
  /** What stands where a hidden part would be: null once it may be shown. */
  const hiddenPart = (part: IdentityPart) =>
    visible(part) ? null : (
      <Hidden what={M.partNames[part]} busy={reveal.busy} onReveal={() => revealPart(part)} part={part} />
    );
  const hidePart = (part: IdentityPart) => {
    focusAfter.current = `[data-reveal-part="${part}"]`;
    setRevealed((parts) => {
      const next = new Set(parts);
      next.delete(part);
      return next;
    });
    setDraft((current) => (current ? dropUnedited(current, edited, participant, [part]) : current));
  };
  const hideAgain = (part: IdentityPart) =>
    !isNew && privacy.on && revealed.has(part) ? (
      <HideAgain what={M.partNames[part]} onHide={() => hidePart(part)} part={part} />
    ) : null;
  const names = draft?.identity.names;
  const sensitiveHidden =
    draft?.affiliationSensitive === true && participant?.affiliationSensitive && !visible('affiliation');

  return (
    <section
      ref={panelRef}
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
        <h2 id="roster-panel-title" ref={heading} tabIndex={-1}>
          <bdi>{title || M.fallbackTitle}</bdi>
        </h2>
        <button type="button" className="icon-button roster-panel__close" aria-label={M.close} onClick={onClose}>
          <X size={18} aria-hidden="true" />
        </button>
      </header>
      <div className="roster-panel__scroll">
        {load.error && <ErrorBanner title={M.loadFailed} details={[load.error.message]} />}
        {!draft && !load.error && (
          <p className="loading">
            <Spinner /> {M.loading}
          </p>
        )}
        {participant && (
          <dl className="roster-summary" aria-label={M.summary}>
            <div>
              <dt>{M.code}</dt>
              <dd className="roster-summary__code">{participant.speakerCode ?? '—'}</dd>
            </div>
            <div>
              <dt>{M.pseudonym}</dt>
              <dd>
                <bdi>{participant.pseudonym}</bdi>
              </dd>
            </div>
            <div>
              <dt>{M.side}</dt>
              <dd>
                <bdi>{partyName(participant.partyId)}</bdi>
              </dd>
            </div>
            <div>
              <dt>{M.status}</dt>
              <dd>
                <span className={`status status--${participant.status}`}>
                  {PARTICIPANT_STATUS_LABELS[participant.status]}
                </span>
              </dd>
            </div>
            <div className="roster-summary__wide">
              <dt>{M.consent}</dt>
              <dd className={`consent consent--${participant.consent.state}`}>
                {participant.consent.state === 'withdrawn' && <UserX size={14} aria-hidden="true" />}
                {consentText(participant.consent)}
              </dd>
            </div>
            {participant.affiliationSensitive && (
              <div className="roster-summary__wide">
                <dt>{M.flag}</dt>
                <dd className="mark mark--sensitive">
                  <ShieldAlert size={14} aria-hidden="true" />
                  {M.sensitiveAffiliation}
                </dd>
              </div>
            )}
          </dl>
        )}
        {participant?.purged && (
          <p className="callout callout--warning" role="status">
            {M.purgedOn(formatDate(participant.purgedOn))}
          </p>
        )}
        {isNew && privacy.on && <p className="callout callout--warning">{M.typingVisible}</p>}

        {draft && !participant?.purged && (
          <form id={formId} className="roster-form" onSubmit={submit} noValidate>
            {save.error && (
              <ErrorBanner
                title={Object.keys(errors).length > 0 ? M.notSavedFields : M.notSaved}
                details={[save.error.message]}
                onDismiss={() => save.setError(null)}
              />
            )}
            {reveal.error && <ErrorBanner title={M.revealFailed} details={[reveal.error.message]} />}

            <Disclosure
              title={M.identity}
              defaultOpen={isNew}
              mustOpen={needsAttention.has('identity')}
              summary={participant && M.identitySummary(participant.identityOnRecord.aliases, !visible('names'))}
            >
              {hiddenPart('names') ??
                (names ? (
                  <>
                    <TextField
                      label={M.realName}
                      required
                      value={names.realName}
                      maxLength={200}
                      error={errors.realName}
                      onChange={(event) => setIdentity('names', { ...names, realName: event.target.value })}
                    />
                    <AliasRows
                      rows={names.aliases}
                      onChange={(aliases) => setIdentity('names', { ...names, aliases })}
                      error={errors.aliases}
                    />
                    {hideAgain('names')}
                  </>
                ) : (
                  <p className="loading">
                    <Spinner /> {PRIVACY_MESSAGES.revealing}
                  </p>
                ))}
              <FieldRow>
                <TextField
                  label={M.pseudonymField}
                  description={M.pseudonymHelp}
                  placeholder="Participant …"
                  value={draft.pseudonym}
                  maxLength={80}
                  error={errors.pseudonym}
                  onChange={(event) => set('pseudonym', event.target.value)}
                />
                <div className="roster-form__code">
                  <TextField
                    label={M.speakerCode}
                    description={M.speakerCodeHelp}
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
                    {M.suggest}
                  </Button>
                </div>
              </FieldRow>
            </Disclosure>

            <Disclosure title={M.place} defaultOpen={isNew} mustOpen={needsAttention.has('place')}>
              <FieldRow min="14rem">
                <SelectField
                  label={M.party}
                  options={dialogue.parties.map((party) => ({ value: party.id, label: party.name }))}
                  value={draft.partyId}
                  error={errors.partyId}
                  onValueChange={(partyId) => {
                    set('partyId', partyId);
                    if (isNew) void suggest(partyId);
                  }}
                />
                <SelectField
                  label={M.status}
                  options={PARTICIPANT_STATUSES.map((value) => ({ value, label: PARTICIPANT_STATUS_LABELS[value] }))}
                  value={draft.status}
                  onValueChange={(status) => set('status', status)}
                />
              </FieldRow>
              <FieldRow min="14rem">
                <SelectField
                  label={M.trackLevel}
                  options={choose(PARTICIPANT_TRACK_LEVELS, PARTICIPANT_TRACK_LEVEL_LABELS, M.notSet)}
                  value={draft.trackLevel}
                  onValueChange={(value) => set('trackLevel', value)}
                />
                <SelectField
                  label={M.sector}
                  options={choose(MULTI_TRACK_SECTORS, MULTI_TRACK_SECTOR_LABELS, M.notSet)}
                  value={draft.sector}
                  onValueChange={(value) => set('sector', value)}
                />
              </FieldRow>
              <TextField
                label={M.role}
                value={draft.role}
                maxLength={200}
                error={errors.role}
                onChange={(event) => set('role', event.target.value)}
              />
              {sensitiveHidden || draft.affiliation === null ? (
                <div className="field">
                  <span className="field__label">{M.affiliation}</span>
                  {hiddenPart('affiliation') ?? (
                    <p className="loading">
                      <Spinner /> {PRIVACY_MESSAGES.revealing}
                    </p>
                  )}
                </div>
              ) : (
                <>
                  <TextField
                    label={M.affiliation}
                    value={draft.affiliation}
                    maxLength={200}
                    error={errors.affiliation}
                    onChange={(event) => {
                      setEdited((parts) => new Set(parts).add('affiliation'));
                      set('affiliation', event.target.value);
                    }}
                  />
                  {participant?.affiliationSensitive && hideAgain('affiliation')}
                </>
              )}
              <Checkbox checked={draft.affiliationSensitive} onChange={(on) => set('affiliationSensitive', on)}>
                {M.sensitiveCheckbox}
              </Checkbox>
              <TextField
                label={M.languages}
                description={M.languagesHelp}
                value={draft.languages}
                error={errors.languages}
                onChange={(event) => set('languages', event.target.value)}
              />
            </Disclosure>

            <Disclosure
              title={M.contacts}
              defaultOpen={isNew}
              mustOpen={needsAttention.has('contacts')}
              summary={participant && M.recorded(participant.identityOnRecord.contacts, !visible('contacts'))}
            >
              {hiddenPart('contacts') ??
                (draft.identity.contacts ? (
                  <>
                    <TextField
                      label={M.email}
                      type="email"
                      value={draft.identity.contacts.email}
                      error={errors['contacts.email']}
                      onChange={(event) =>
                        setIdentity('contacts', { ...draft.identity.contacts!, email: event.target.value })
                      }
                    />
                    <FieldRow>
                      <TextField
                        label={M.phone}
                        type="tel"
                        value={draft.identity.contacts.phone}
                        error={errors['contacts.phone']}
                        onChange={(event) =>
                          setIdentity('contacts', { ...draft.identity.contacts!, phone: event.target.value })
                        }
                      />
                      <TextField
                        label={M.messaging}
                        placeholder="Signal: …"
                        value={draft.identity.contacts.messaging}
                        error={errors['contacts.messaging']}
                        onChange={(event) =>
                          setIdentity('contacts', { ...draft.identity.contacts!, messaging: event.target.value })
                        }
                      />
                    </FieldRow>
                    {hideAgain('contacts')}
                  </>
                ) : (
                  <p className="loading">
                    <Spinner /> {PRIVACY_MESSAGES.revealing}
                  </p>
                ))}
            </Disclosure>

            <Disclosure title={M.rationale} mustOpen={needsAttention.has('rationale')}>
              <FieldRow min="11rem">
                {SELECTION_CRITERIA.map((criterion) => (
                  <SelectField
                    key={criterion}
                    label={SELECTION_CRITERION_LABELS[criterion]}
                    options={choose(RATINGS, RATING_LABELS, M.notAssessed)}
                    value={draft[RATING_FIELDS[criterion]]}
                    onValueChange={(value) => set(RATING_FIELDS[criterion], value)}
                  />
                ))}
              </FieldRow>
              <TextAreaField
                label={M.why}
                rows={3}
                value={draft.selectionNotes}
                error={errors['rationale.notes']}
                onChange={(event) => set('selectionNotes', event.target.value)}
              />
            </Disclosure>

            <Disclosure
              title={M.links}
              mustOpen={needsAttention.has('links')}
              summary={participant && M.linkCount(participant.linkCount)}
            >
              <LinkRows rows={draft.links} onChange={(rows) => set('links', rows)} error={errors.links} />
            </Disclosure>

            <Disclosure
              title={M.risks}
              mustOpen={needsAttention.has('risks')}
              summary={participant && M.recorded(participant.identityOnRecord.riskNotes, !visible('risks'))}
            >
              {hiddenPart('risks') ??
                (draft.identity.risks ? (
                  <>
                    <TextAreaField
                      label={M.travel}
                      rows={2}
                      value={draft.identity.risks.travel}
                      error={errors['risks.travel']}
                      onChange={(event) =>
                        setIdentity('risks', { ...draft.identity.risks!, travel: event.target.value })
                      }
                    />
                    <TextAreaField
                      label={M.safety}
                      rows={2}
                      value={draft.identity.risks.safety}
                      error={errors['risks.safety']}
                      onChange={(event) =>
                        setIdentity('risks', { ...draft.identity.risks!, safety: event.target.value })
                      }
                    />
                    {hideAgain('risks')}
                  </>
                ) : (
                  <p className="loading">
                    <Spinner /> {PRIVACY_MESSAGES.revealing}
                  </p>
                ))}
            </Disclosure>
          </form>
        )}
        {participant && !participant.purged && (
          <>
            <Disclosure title={M.consentRegister} summary={consentText(participant.consent)}>
              <ConsentSection
                participant={participant}
                onChanged={(changed) => {
                  setParticipant(changed);
                  onChanged?.();
                }}
              />
            </Disclosure>
            <Disclosure title={M.purge} className="disclosure--danger">
              <PurgeSection participant={participant} onPurged={onPurged} />
            </Disclosure>
          </>
        )}
      </div>
      <footer className="roster-panel__actions">
        {draft && !participant?.purged && (
          <Button
            type="submit"
            form={formId}
            variant="primary"
            busy={save.busy}
            icon={<Save size={16} aria-hidden="true" />}
          >
            {isNew ? M.add : M.save}
          </Button>
        )}
        <Button variant="quiet" onClick={onClose} aria-keyshortcuts="Escape">
          {M.closeButton} <ShortcutHint keyName="Esc" />
        </Button>
      </footer>
    </section>
  );
}

/** Identity parts that may be shown but have not been fetched yet. */
function missingParts(
  participant: ParticipantView,
  draft: ParticipantDraft,
  visible: (part: IdentityPart) => boolean,
): IdentityPart[] {
  const have = new Set(loadedParts(draft));
  return (['names', 'affiliation', 'contacts', 'risks'] as const).filter(
    (part) =>
      visible(part) &&
      !have.has(part) &&
      // A non-sensitive affiliation came with the participant.
      (part !== 'affiliation' || participant.affiliationSensitive),
  );
}

/** Fetched parts fill only the parts still missing: an edit in progress is never overwritten. */
function fillMissing(current: IdentityDraft, fetched: IdentityDraft): IdentityDraft {
  return {
    names: current.names ?? fetched.names,
    contacts: current.contacts ?? fetched.contacts,
    risks: current.risks ?? fetched.risks,
  };
}

/** Forgets identity parts that were not edited (all, or the ones named). */
function dropUnedited(
  draft: ParticipantDraft,
  edited: ReadonlySet<IdentityPart>,
  participant: ParticipantView | null,
  only?: readonly IdentityPart[],
): ParticipantDraft {
  const drop = (part: IdentityPart) => !edited.has(part) && (!only || only.includes(part));
  return {
    ...draft,
    affiliation: participant?.affiliationSensitive && drop('affiliation') ? null : draft.affiliation,
    identity: {
      names: drop('names') ? null : draft.identity.names,
      contacts: drop('contacts') ? null : draft.identity.contacts,
      risks: drop('risks') ? null : draft.identity.risks,
    },
  };
}
