// An error the command line reports as is: a Spanish message naming the file and the problem.
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1
  ) {
    super(message);
  }
}
