/** The tints of a badge (ui.css `.tone-*`), chosen by what the badge says, never alone. */
export type Tone = 'accent' | 'success' | 'warning' | 'danger' | 'neutral' | 'outline';

export const toneClass = (tone: Tone) => `tone-${tone}`;
