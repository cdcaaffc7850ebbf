import { useEffect, useState, type FormEvent } from 'react';
import type { AgendaTemplateView, AgendaView } from '../../shared/contract';
import { useApi } from '../api';
import { useCall } from '../ui/useCall';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { ShortcutHint } from '../ui/Kbd';
import { closeOnEscape } from '../ui/keyboard';
import { SelectField, TextField } from '../ui/Field';
import { fieldErrorsOf } from '../ui/issues';

export interface TemplateBarProps {
  readonly agenda: AgendaView;
  readonly onAgendaChange: (agenda: AgendaView) => void;
}

/**
 * Start from a template (built-in designs and the facilitator's own) or save this agenda as one.
 * A template is added after what is there; an agenda never run can be replaced instead.
 */
export function TemplateBar({ agenda, onAgendaChange }: TemplateBarProps) {
  const api = useApi();
  const { run, error, setError, busy } = useCall();
  const [templates, setTemplates] = useState<readonly AgendaTemplateView[]>([]);
  const [chosen, setChosen] = useState('builtin:kelman');
  const [saving, setSaving] = useState(false);
  const [name, setName] = useState('');
  const [notice, setNotice] = useState('');

  useEffect(() => {
    let current = true;
    void api.agenda.templates({}).then(
      (result) => current && result.ok && setTemplates(result.value),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api]);

  const hasRun = agenda.items.some((item) => item.actualStart !== null);
  const template = templates.find((t) => t.id === chosen);

  async function apply(replace: boolean) {
    const updated = await run(() =>
      api.agenda.applyTemplate({ sessionId: agenda.session.id, templateId: chosen, replace }),
    );
    if (updated) {
      setNotice(`“${template?.name ?? 'Template'}” added: ${updated.items.length} items now.`);
      onAgendaChange(updated);
    }
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    const saved = await run(() => api.agenda.saveTemplate({ sessionId: agenda.session.id, name }));
    if (saved) {
      setTemplates((all) => [...all, saved]);
      setSaving(false);
      setName('');
      setNotice(`Saved as template “${saved.name}”.`);
    }
  }

  return (
    <div className="template-bar">
      <SelectField
        label="Template"
        options={templates.map((t) => ({ value: t.id, label: t.builtIn ? t.name : `${t.name} (yours)` }))}
        value={chosen}
        onValueChange={setChosen}
        footnote={template?.description}
      />
      <div className="sx-inline">
        <Button size="small" onClick={() => void apply(false)} busy={busy} aria-disabled={!template || undefined}>
          {agenda.items.length === 0 ? 'Start from template' : 'Add template after'}
        </Button>
        {agenda.items.length > 0 && !hasRun && (
          <Button size="small" variant="quiet" onClick={() => void apply(true)}>
            Replace agenda with template
          </Button>
        )}
        {agenda.items.length > 0 && !saving && (
          <Button size="small" variant="quiet" onClick={() => setSaving(true)}>
            Save as template…
          </Button>
        )}
      </div>
      {saving && (
        <form
          className="template-bar__save"
          onSubmit={save}
          aria-label="Save as template"
          onKeyDown={closeOnEscape(() => {
            setSaving(false);
            setError(null);
          })}
        >
          <TextField
            label="Template name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={fieldErrorsOf(error).name}
            autoFocus
          />
          <Button size="small" type="submit" variant="primary" busy={busy}>
            Save template
          </Button>
          <Button
            size="small"
            variant="quiet"
            onClick={() => {
              setSaving(false);
              setError(null);
            }}
            aria-keyshortcuts="Escape"
          >
            Cancel <ShortcutHint keyName="Esc" />
          </Button>
        </form>
      )}
      {error && !fieldErrorsOf(error).name && <ErrorBanner title={error.message} onDismiss={() => setError(null)} />}
      <p className="template-bar__notice" role="status">
        {notice}
      </p>
    </div>
  );
}
