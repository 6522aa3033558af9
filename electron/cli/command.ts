import type { ParseArgsConfig } from 'node:util';
import { isCalendarDate } from '../../shared/domain';
import { usageError } from './errors';

/** The flags a command accepts, in node:util parseArgs form. */
export type Options = NonNullable<ParseArgsConfig['options']>;

/** What a command's arguments parsed to. */
export type Parsed = {
  readonly positionals: readonly string[];
  readonly values: { readonly [name: string]: string | boolean | (string | boolean)[] | undefined };
};

/** Where a command runs: who is acting, and the date today. */
export type CliEnv = {
  /** `--as NAME`, or the OS user: the author and clock node of every change. */
  readonly author: string;
  /** Whether `--as` was given (in a signed workbook it must agree with the key). */
  readonly named: boolean;
  readonly json: boolean;
  /** Today as YYYY-MM-DD. */
  readonly today: () => string;
};

/**
 * What a command prints: a JSON document for `--json`, text otherwise. A
 * command that did part of its job (an import with a refused file) still
 * prints its output, adds one line per failure in `errors` (to stderr) and
 * exits with `exitCode` (2 from `verify`: a signature intact but not trusted).
 */
export type Output = {
  readonly json: unknown;
  readonly text: string;
  readonly errors?: readonly string[];
  readonly exitCode?: 1 | 2;
};

/** One sub-command of `workbook`. */
export type Command = {
  /** One or two words, e.g. `judge` or `provider add`. */
  readonly name: string;
  readonly summary: string;
  /** The synopsis after `workbook`, e.g. `judge <file> [--json]`. */
  readonly usage: string;
  /** More lines for `--help`: flags and their meaning. */
  readonly details?: readonly string[];
  readonly options: Options;
  /** Names of the required positional arguments, in order. */
  readonly positionals: readonly string[];
  /** Whether more positionals than named may follow. */
  readonly variadic?: boolean;
  run(parsed: Parsed, env: CliEnv): Promise<Output>;
};

/** A string flag's value, or undefined. */
export function optional(parsed: Parsed, name: string): string | undefined {
  const value = parsed.values[name];
  return typeof value === 'string' ? value : undefined;
}

/** A required string flag's value. */
export function required(parsed: Parsed, name: string): string {
  const value = optional(parsed, name);
  if (value === undefined || value.trim() === '') throw usageError(`--${name} is required`);
  return value;
}

/** A repeatable flag's values. */
export function list(parsed: Parsed, name: string): string[] {
  const value = parsed.values[name];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' ? [value] : [];
}

/** A boolean flag. */
export function flag(parsed: Parsed, name: string): boolean {
  return parsed.values[name] === true;
}

/** A value that must be one of `allowed`. */
export function oneOf<T extends string>(value: string, allowed: readonly T[], what: string): T {
  const found = allowed.find((candidate) => candidate === value);
  if (found === undefined)
    throw usageError(`${what} "${value}" is not one of ${allowed.join(', ')}`);
  return found;
}

/** A YYYY-MM-DD date that exists on the calendar. */
export function date(value: string, what: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isCalendarDate(value)) {
    throw usageError(`${what} "${value}" is not a date: use YYYY-MM-DD, e.g. 2026-10-05`);
  }
  return value;
}

/** The first positional argument: the workbook file. */
export function fileArgument(parsed: Parsed): string {
  const file = parsed.positionals[0];
  if (file === undefined) throw usageError('the workbook file is missing');
  return file;
}
