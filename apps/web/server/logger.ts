import pino from 'pino';

export type Logger = pino.Logger;

/** Structured JSON logs on stdout; one child logger per request carries its request id. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'concord-web' },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
}
