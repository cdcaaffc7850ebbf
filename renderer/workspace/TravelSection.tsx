import { Plane, PlaneLanding } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { DialogueView, WorkspaceDetails } from '../../shared/contract';
import { useApi } from '../api';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { SelectField } from '../ui/Field';
import { formatDate, messages } from './messages';
import { useCall } from '../ui/useCall';
import { Checkbox } from '../ui/Checkbox';

const m = messages.travel;

export interface TravelSectionProps {
  readonly details: WorkspaceDetails;
  /** The workspace's dialogues changed (travel began or ended). */
  readonly onChanged: () => void;
}

/** Travel mode: carry one dialogue, the rest to a verified backup; and back from travel. */
export function TravelSection({ details, onChanged }: TravelSectionProps) {
  const api = useApi();
  const { busy, error, run } = useCall();
  const [dialogues, setDialogues] = useState<readonly DialogueView[]>([]);
  const [keep, setKeep] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [note, setNote] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    void api.dialogue.list({}).then((result) => {
      if (!current || !result.ok) return;
      setDialogues(result.value);
      setKeep((previous) => previous || (result.value[0]?.id ?? ''));
    });
    return () => {
      current = false;
    };
  }, [api]);

  async function start() {
    if (!understood || !keep) return;
    setNote(null);
    const result = await run(() => api.workspace.travel({ keepDialogueId: keep }));
    if (!result) return;
    if (!result.saved) return setNote(messages.cancelled);
    setNote(m.started(result.fileName, result.removedDialogues));
    onChanged();
  }

  async function back() {
    setNote(null);
    const result = await run(() => api.workspace.travelReturn({}));
    if (!result) return;
    if (!result.restored) return setNote(messages.cancelled);
    setNote(m.returned(result.dialoguesReturned));
    onChanged();
  }

  const travel = details.travel;
  return (
    <div className="workspace-panel__section">
      <section className="workspace-panel__block" aria-labelledby="travel-heading">
        <h3 className="workspace-panel__heading" id="travel-heading">
          {m.title}
        </h3>
        {travel ? (
          <>
            <p className="workspace-panel__status">
              <Plane size={16} aria-hidden="true" className="workspace-panel__inline-icon" />
              {m.on(formatDate(travel.leftAt))}{' '}
              <bdi className="workspace-panel__file">{travel.keptCodeName ?? '—'}</bdi>
            </p>
            <p>{m.backupFile(travel.backupFileName)}</p>
            <p className="workspace-panel__lead">{m.backLead}</p>
            {error ? <ErrorBanner title={error.message} /> : null}
            <div className="workspace-panel__actions">
              <Button
                variant="primary"
                onClick={() => void back()}
                busy={busy}
                icon={<PlaneLanding size={16} aria-hidden="true" />}
              >
                {m.back}
              </Button>
            </div>
          </>
        ) : (
          <>
            <p className="workspace-panel__lead">{m.lead}</p>
            {dialogues.length === 0 ? (
              <p>{m.noDialogues}</p>
            ) : (
              <>
                <SelectField
                  label={m.keep}
                  options={dialogues.map((d) => ({ value: d.id, label: d.codeName }))}
                  value={keep}
                  onValueChange={setKeep}
                  disabled={busy}
                />
                <Checkbox checked={understood} onChange={setUnderstood}>
                  <span>{m.confirm}</span>
                </Checkbox>
                {error ? <ErrorBanner title={error.message} /> : null}
                <div className="workspace-panel__actions">
                  <Button
                    variant="primary"
                    onClick={() => void start()}
                    busy={busy}
                    aria-disabled={!understood || undefined}
                    icon={<Plane size={16} aria-hidden="true" />}
                  >
                    {m.start}
                  </Button>
                </div>
              </>
            )}
          </>
        )}
        <div aria-live="polite">{note ? <p className="workspace-panel__done">{note}</p> : null}</div>
      </section>
    </div>
  );
}
