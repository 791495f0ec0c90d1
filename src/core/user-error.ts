// A mistake by the person running a command (a bad flag, a paper size that does not exist, a missing
// folder), as opposed to a bug. The command-line shell prints its message as one line in Bahasa
// Indonesia and exits 1; anything else that is thrown is a bug and keeps its stack trace.
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}
