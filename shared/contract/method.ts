import type { z } from 'zod';

/**
 * Error codes any method may return. A method adds its own domain codes in its `errors` list;
 * these are always possible because they come from the transport, not the domain.
 */
export const COMMON_ERRORS = [
  'INVALID_INPUT',
  'FORBIDDEN_SENDER',
  'INTERNAL',
  // The store's faults: any call can race a lock, meet a full or read-only disk, or find the file
  // damaged. Declared once here so that every method, including new ones, answers them typed.
  'WORKSPACE_LOCKED',
  'WORKSPACE_CORRUPT',
  'DISK_FULL',
  'IO_ERROR',
] as const;
export type CommonErrorCode = (typeof COMMON_ERRORS)[number];

export interface MethodSpec<I extends z.ZodType = z.ZodType, O = unknown, E extends string = string> {
  readonly input: I;
  /** Phantom: carries the output type only; never read at run time. */
  readonly output: O;
  readonly errors: readonly E[];
}

/** Declares one contract method. `output` is a type-only marker: `method({ input, output: as<T>() })`. */
export function method<I extends z.ZodType, O, const E extends string = never>(spec: {
  input: I;
  output: O;
  errors?: readonly E[];
}): MethodSpec<I, O, E> {
  return { input: spec.input, output: spec.output, errors: spec.errors ?? [] };
}

/** A type-only marker for a method's output; the value is never used. */
export function as<T>(): T {
  return undefined as T;
}

export type ContractSection = Record<string, MethodSpec>;

export type ErrorCodeOf<M> = M extends MethodSpec<z.ZodType, unknown, infer E> ? E | CommonErrorCode : never;
export type InputOf<M> = M extends MethodSpec<infer I, unknown, string> ? z.input<I> : never;
export type ParsedInputOf<M> = M extends MethodSpec<infer I, unknown, string> ? z.output<I> : never;
export type OutputOf<M> = M extends MethodSpec<z.ZodType, infer O, string> ? O : never;

export interface ParleyError<C extends string = string> {
  readonly code: C;
  /** A sentence a facilitator can read. Never a stack trace, SQL or file content. */
  readonly message: string;
  /** For INVALID_INPUT: which fields were wrong, by path. */
  readonly issues?: readonly { readonly path: string; readonly message: string }[];
}

export type Result<T, C extends string = string> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ParleyError<C> };

export type ResultOf<M> = Result<OutputOf<M>, ErrorCodeOf<M>>;
