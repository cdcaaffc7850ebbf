/** Version `v` of a note the crash writer saves: grows like typed text, with words in four scripts. */
export const crashBody = (id: string, v: number) =>
  `Note ${id} v${v}: water المياه מים вода ${'and more words '.repeat(v * 3)}`;
