// zxcvbn's English frequency list, imported alone (the package's index loads every dictionary, ~37 MB
// in memory). The package declares types for its index only.
declare module '@zxcvbn-ts/language-en/dist/commonWords.json.mjs' {
  const words: readonly string[];
  export default words;
}

declare module '@zxcvbn-ts/language-en/dist/firstnames.json.mjs' {
  const words: readonly string[];
  export default words;
}

declare module '@zxcvbn-ts/language-en/dist/lastnames.json.mjs' {
  const words: readonly string[];
  export default words;
}
