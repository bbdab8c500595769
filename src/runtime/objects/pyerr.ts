/**
 * A Python exception raised by a pure helper (numfmt, strlib, mathlib).
 *
 * `pyType` is the name of the Python exception class to raise
 * ('ValueError', 'TypeError', 'OverflowError', 'ZeroDivisionError',
 * 'MemoryError', ...); `message` is exactly what CPython puts in `str(exc)`.
 * The interpreter catches these and turns them into real exception objects.
 */
export class PyErr extends Error {
  /**
   * `errno` set: the exception's args are (errno, message) and its str() is their tuple's,
   * as CPython's errno-based errors (the float ** overflow: (34, 'Numerical result out of range')).
   */
  readonly strerror: string;
  constructor(public pyType: string, message: string, public errno?: number) {
    super(errno === undefined ? message : `(${errno}, '${message}')`);
    this.strerror = message;
    this.name = 'PyErr';
  }
}
