/**
 * A file that cannot be read as a table, with a code the tests and UI can tell apart and a sentence
 * for the person who dropped it. Readers throw it; the table worker turns it into a 'failed' reply.
 */
export class SourceError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'SourceError';
  }
}
