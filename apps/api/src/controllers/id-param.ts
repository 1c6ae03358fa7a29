import { Param, ParseUUIDPipe } from '@nestjs/common';
import { InvalidInputError } from '@whistle/common';

/** The path's `:id`: 400 naming `id` when it is not a UUID ("must be the UUID of <what>"). */
export const IdParam = (what: string) => Param('id', new ParseUUIDPipe({ exceptionFactory: () => new InvalidInputError('id', `must be the UUID of ${what}`) }));
