/**
 * A Python exception raised by a pure helper (numfmt, strlib, mathlib).
 *
 * `pyType` is the name of the Python exception class to raise
 * ('ValueError', 'TypeError', 'OverflowError', 'ZeroDivisionError',
 * 'MemoryError', ...); `message` is exactly what CPython puts in `str(exc)`.
 * The interpreter catches these and turns them into real exception objects.
 */
export class PyErr extends Error {
  constructor(public pyType: string, message: string) {
    super(message);
    this.name = 'PyErr';
  }
}
