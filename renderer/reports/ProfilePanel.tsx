import { useId, useState, type FormEvent } from 'react';
import type { ReportProfileView, SponsorReportView } from '../../shared/contract';
import {
  DEFAULT_PROFILE_SETTINGS,
  NAME_REPLACEMENTS,
  NAME_REPLACEMENT_LABELS,
  REPORT_LIMITS,
  RISKY_PERIODS,
  RISKY_PERIOD_LABELS,
  SPONSOR_SECTIONS,
  SPONSOR_SECTION_LABELS,
  VENUE_DETAILS,
  VENUE_DETAIL_LABELS,
  type ProfileSettings,
  type SponsorSection,
} from '../../shared/domain/report';
import { useApi } from '../api';
import { useCall } from '../ui/useCall';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { SelectField, TextField } from '../ui/Field';
import { fieldErrorsOf } from '../ui/issues';
import { MSG } from './messages';
import { Checkbox } from '../ui/Checkbox';

interface Draft extends ProfileSettings {
  readonly id: string | null;
  readonly name: string;
}

const STANDARD = '';

const draftOf = (profile: ReportProfileView | null, name = ''): Draft =>
  profile
    ? { ...profile }
    : { id: null, name, ...DEFAULT_PROFILE_SETTINGS, sections: [...DEFAULT_PROFILE_SETTINGS.sections] };

/**
 * The report profile: which one the report uses, and a form to make or change one — its
 * sections, how a risky session is coarsened, how precisely other venues are named, k, and what a
 * participant's name becomes.
 */
export function ProfilePanel({
  report,
  onChange,
}: {
  readonly report: SponsorReportView;
  readonly onChange: (report: SponsorReportView) => void;
}) {
  const api = useApi();
  const { run, error, setError, busy } = useCall();
  const ids = useId();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [status, setStatus] = useState('');
  const current = report.profiles.find((profile) => profile.id === report.profileId) ?? null;
  const errors = fieldErrorsOf(error);

  const choose = async (profileId: string | null) => {
    const next = await run(() => api.sponsorReport.useProfile({ dialogueId: report.dialogueId, profileId }));
    if (next) onChange(next);
    return next;
  };

  const save = async (asNew: boolean) => {
    if (!draft) return;
    setStatus('');
    const saved = await run(() =>
      api.reportProfile.save({
        dialogueId: report.dialogueId,
        ...(draft.id && !asNew ? { id: draft.id } : {}),
        name: draft.name,
        sections: [...draft.sections],
        riskyPeriod: draft.riskyPeriod,
        venueDetail: draft.venueDetail,
        minCount: draft.minCount,
        replacement: draft.replacement,
      }),
    );
    if (!saved) return;
    if (await choose(saved.id)) {
      setDraft(null);
      setStatus(MSG.sponsor.profileSaved(saved.name));
    }
  };

  const remove = async () => {
    if (!current) return;
    const removed = await run(() => api.reportProfile.delete({ id: current.id }));
    if (!removed) return;
    const next = await run(() => api.sponsorReport.get({ dialogueId: report.dialogueId }));
    if (next) onChange(next);
    setDraft(null);
    setConfirmDelete(false);
  };

  const toggleSection = (section: SponsorSection, on: boolean) =>
    setDraft(
      (d) => d && { ...d, sections: SPONSOR_SECTIONS.filter((s) => (s === section ? on : d.sections.includes(s))) },
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(false);
  };

  return (
    <section className="card reports-card" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} className="reports-card__title">
        {MSG.sponsor.profileTitle}
      </h2>
      <p className="reports-card__intro">{MSG.sponsor.profileHelp}</p>
      <div className="reports-row">
        <SelectField
          label={MSG.sponsor.profileLabel}
          value={report.profileId ?? STANDARD}
          options={[
            { value: STANDARD, label: MSG.sponsor.standardProfile },
            ...report.profiles.map((profile) => ({ value: profile.id, label: profile.name })),
          ]}
          onValueChange={(value) => {
            setDraft(null);
            void choose(value === STANDARD ? null : value);
          }}
        />
        <div className="reports-row__actions">
          {current && (
            <Button size="small" variant="secondary" onClick={() => setDraft(draftOf(current))}>
              {MSG.sponsor.editProfile}
            </Button>
          )}
          <Button
            size="small"
            variant="secondary"
            onClick={() => setDraft({ ...draftOf(current), id: null, name: '' })}
          >
            {MSG.sponsor.newProfile}
          </Button>
        </div>
      </div>
      <p className="reports-status" role="status">
        {status}
      </p>
      {error && !errors.name && <ErrorBanner title={error.message} onDismiss={() => setError(null)} />}
      {draft && (
        <form
          className="profile-form"
          onSubmit={submit}
          aria-label={draft.id ? MSG.sponsor.editProfile : MSG.sponsor.newProfile}
        >
          <TextField
            label={MSG.sponsor.profileName}
            value={draft.name}
            maxLength={REPORT_LIMITS.profileNameChars}
            error={errors.name}
            autoFocus
            onChange={(event) => setDraft({ ...draft, name: event.target.value })}
          />
          <fieldset className="profile-form__sections">
            <legend className="field__label">{MSG.sponsor.profileSections}</legend>
            {SPONSOR_SECTIONS.map((section) => (
              <Checkbox
                key={section}
                checked={draft.sections.includes(section)}
                onChange={(on) => toggleSection(section, on)}
              >
                {SPONSOR_SECTION_LABELS[section]}
              </Checkbox>
            ))}
          </fieldset>
          <div className="profile-form__grid">
            <SelectField
              label={MSG.sponsor.riskyPeriod}
              value={draft.riskyPeriod}
              options={RISKY_PERIODS.map((value) => ({ value, label: RISKY_PERIOD_LABELS[value] }))}
              onValueChange={(riskyPeriod) => setDraft({ ...draft, riskyPeriod })}
            />
            <SelectField
              label={MSG.sponsor.venueDetail}
              value={draft.venueDetail}
              options={VENUE_DETAILS.map((value) => ({ value, label: VENUE_DETAIL_LABELS[value] }))}
              onValueChange={(venueDetail) => setDraft({ ...draft, venueDetail })}
            />
            <TextField
              label={MSG.sponsor.minCount}
              description={MSG.sponsor.minCountHelp}
              type="number"
              inputMode="numeric"
              min={REPORT_LIMITS.minCount.min}
              max={REPORT_LIMITS.minCount.max}
              value={String(draft.minCount)}
              error={errors.minCount}
              onChange={(event) => setDraft({ ...draft, minCount: Number(event.target.value) })}
            />
            <SelectField
              label={MSG.sponsor.replacement}
              value={draft.replacement}
              options={NAME_REPLACEMENTS.map((value) => ({ value, label: NAME_REPLACEMENT_LABELS[value] }))}
              onValueChange={(replacement) => setDraft({ ...draft, replacement })}
            />
          </div>
          <div className="profile-form__actions">
            <Button size="small" variant="quiet" onClick={() => setDraft(null)}>
              {MSG.sponsor.cancel}
            </Button>
            {draft.id && (
              <Button size="small" variant="secondary" busy={busy} onClick={() => void save(true)}>
                {MSG.sponsor.saveAsNew}
              </Button>
            )}
            <Button size="small" variant="primary" type="submit" busy={busy}>
              {MSG.sponsor.saveProfile}
            </Button>
            {draft.id && !confirmDelete && (
              <Button size="small" variant="quiet" onClick={() => setConfirmDelete(true)}>
                {MSG.sponsor.deleteProfile}
              </Button>
            )}
          </div>
          {draft.id && confirmDelete && (
            <div
              className="callout callout--warning profile-form__delete"
              role="alertdialog"
              aria-label={MSG.sponsor.deleteProfile}
            >
              <span>{MSG.sponsor.deleteConfirm(draft.name)}</span>
              <Button size="small" variant="quiet" onClick={() => setConfirmDelete(false)}>
                {MSG.sponsor.cancel}
              </Button>
              <Button size="small" variant="danger" busy={busy} onClick={() => void remove()}>
                {MSG.sponsor.deleteProfile}
              </Button>
            </div>
          )}
        </form>
      )}
    </section>
  );
}
