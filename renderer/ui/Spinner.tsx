import { LoaderCircle } from 'lucide-react';

/** Decorative: whoever shows it also sets aria-busy or a text saying what is running. */
export function Spinner() {
  return <LoaderCircle className="spinner" size={16} aria-hidden="true" focusable="false" />;
}
