/** What the privacy screen says, in one place for translation. */
export const PRIVACY_MESSAGES = {
  toggle: 'Privacy screen',
  stateOn: 'On',
  stateOff: 'Off',
  announceOn: 'Privacy screen on: real names, aliases, contacts, sensitive affiliations and risk notes are hidden.',
  announceOff: 'Privacy screen off: real names are shown.',
  announceLive: 'Privacy screen on for live mode.',
  description:
    'While on, no real name, alias, contact, sensitive affiliation or risk note is shown: codes and pseudonyms instead. Revealing one is a deliberate click, and it hides again when you move on.',
  hidden: 'Hidden',
  hiddenBecause: 'Hidden by the privacy screen',
  reveal: (what: string) => `Reveal ${what}`,
  hideAgain: (what: string) => `Hide ${what}`,
  revealing: 'Revealing…',
} as const;
