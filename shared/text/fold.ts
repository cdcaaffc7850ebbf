/**
 * Folds text for matching, not for display: "Ḥaddād", "HADDAD" and "haddad" fold alike.
 * Compatibility decomposition (NFKD) splits letters from their marks and unifies width variants,
 * the marks are dropped, and case is folded. Arabic harakat and Hebrew niqqud are combining marks
 * too, so vocalised and plain spellings also match.
 */
export function foldForMatch(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}
