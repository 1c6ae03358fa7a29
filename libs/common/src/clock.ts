import { Injectable } from '@nestjs/common';

/** Time, injected so that domain code never calls Date.now() and tests can move it. */
export abstract class Clock {
  abstract now(): Date;
}

@Injectable()
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
