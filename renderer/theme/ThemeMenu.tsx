import { Monitor, Moon, Sun } from 'lucide-react';
import { useId } from 'react';
import { THEME_CHOICES, type ThemeChoice } from '../../shared/domain/settings';
import { useWorkspaceSettings } from '../settings/WorkspaceSettings';
import { Popover } from '../ui/Popover';
import { THEME_MESSAGES } from './messages';

const ICONS = { system: Monitor, light: Sun, dark: Moon } satisfies Record<ThemeChoice, typeof Sun>;

/** The top bar's theme choice: system, light or dark, as three radio buttons in a small panel. */
export function ThemeMenu() {
  const { settings, update } = useWorkspaceSettings();
  const name = useId();
  const Current = ICONS[settings.theme];
  return (
    <Popover
      label={`${THEME_MESSAGES.button}: ${THEME_MESSAGES.choices[settings.theme]}`}
      buttonClassName="topbar__toggle"
      button={
        <>
          <Current size={16} aria-hidden="true" />
          <span className="topbar__label">{THEME_MESSAGES.button}</span>
        </>
      }
    >
      {
        <fieldset className="theme-menu">
          <legend className="theme-menu__legend">{THEME_MESSAGES.legend}</legend>
          {THEME_CHOICES.map((choice) => {
            const Icon = ICONS[choice];
            return (
              <label key={choice} className="theme-menu__choice">
                <input
                  type="radio"
                  name={name}
                  value={choice}
                  checked={settings.theme === choice}
                  onChange={() => update({ theme: choice })}
                />
                <Icon size={16} aria-hidden="true" />
                {THEME_MESSAGES.choices[choice]}
              </label>
            );
          })}
          <p className="theme-menu__hint">{THEME_MESSAGES.hint}</p>
        </fieldset>
      }
    </Popover>
  );
}
