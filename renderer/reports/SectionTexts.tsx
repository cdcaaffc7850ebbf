import { useId, useRef, useState } from 'react';
import type { SponsorReportView, SponsorTextView } from '../../shared/contract';
import {
  REPORT_LIMITS,
  SPONSOR_SECTION_LABELS,
  SPONSOR_TEXT_HINTS,
  type SponsorTextSection,
} from '../../shared/domain/report';
import { attempt, useApi } from '../api';
import type { SaveResult } from '../notes/autosave';
import { saveStatusText, useAutosave } from '../notes/useAutosave';
import { MSG } from './messages';

/** Only the text itself can fix these: no point retrying. */
const FINAL_CODES = new Set(['INVALID_INPUT', 'DIALOGUE_NOT_FOUND']);

/**
 * One written section of the sponsor report, saved as it is typed with the notes' autosave (within
 * a second of a pause, on leaving the field, before the workspace locks), so nothing typed is lost.
 */
function SectionText({ dialogueId, text }: { readonly dialogueId: string; readonly text: SponsorTextView }) {
  const api = useApi();
  const ids = useId();
  const [body, setBody] = useState(text.body);
  const latest = useRef(body);
  const section = text.section;
  const saver = useAutosave(`${dialogueId}:${section}`, text.updatedAt ? { kind: 'saved', at: 0 } : { kind: 'idle' }, {
    finalCodes: FINAL_CODES,
    save: async (): Promise<SaveResult> => {
      const result = await attempt(() => api.sponsorReport.saveText({ dialogueId, section, body: latest.current }));
      return result.ok ? { ok: true } : result;
    },
  });
  const status = saver.status;
  const statusText = saveStatusText(status, MSG.sponsor);

  return (
    <div className="section-text">
      <div className="section-text__head">
        <label className="field__label" htmlFor={`${ids}-body`}>
          {SPONSOR_SECTION_LABELS[section]}
        </label>
        <span
          className={['section-text__status', status.kind === 'failed' ? 'is-failed' : ''].filter(Boolean).join(' ')}
          role="status"
          aria-live="polite"
        >
          {statusText}
        </span>
      </div>
      <p id={`${ids}-hint`} className="field__description">
        {SPONSOR_TEXT_HINTS[section]}
      </p>
      <textarea
        id={`${ids}-body`}
        className="control control--textarea section-text__body"
        dir="auto"
        rows={4}
        value={body}
        aria-describedby={`${ids}-hint ${ids}-count`}
        aria-invalid={body.length > REPORT_LIMITS.sectionChars || undefined}
        onChange={(event) => {
          setBody(event.target.value);
          latest.current = event.target.value;
          saver.change();
        }}
        onBlur={() => void saver.flush()}
      />
      <p id={`${ids}-count`} className="section-text__count">
        {MSG.sponsor.characters(body.length, REPORT_LIMITS.sectionChars)}
      </p>
    </div>
  );
}

/** The sections the facilitator writes, in the order they print. */
export function SectionTexts({ report }: { readonly report: SponsorReportView }) {
  const ids = useId();
  return (
    <section className="card reports-card" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} className="reports-card__title">
        {MSG.sponsor.textsTitle}
      </h2>
      <p className="reports-card__intro">{MSG.sponsor.textsHelp}</p>
      <div className="section-texts">
        {report.texts.map((text) => (
          <SectionText key={text.section as SponsorTextSection} dialogueId={report.dialogueId} text={text} />
        ))}
      </div>
    </section>
  );
}
