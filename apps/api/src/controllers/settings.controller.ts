import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '@whistle/auth';
import { type Actor, InvalidInputError } from '@whistle/common';
import {
  CalendarYearDto,
  CalendarYearView,
  SlaPoliciesService,
  SlaPolicyDto,
  SlaPolicyView,
  WorkingCalendarService,
} from '@whistle/deadlines';
import { IdParam } from './id-param.js';

const PolicyId = () => IdParam('an SLA policy');
const Year = () =>
  Param(
    'year',
    new ParseIntPipe({ exceptionFactory: () => new InvalidInputError('year', 'must be a year such as 2027') }),
  );

function checkYear(year: number): number {
  if (year < 2000 || year > 2100) throw new InvalidInputError('year', 'must be between 2000 and 2100');
  return year;
}

@ApiTags('settings')
@ApiBearerAuth()
@Controller()
export class SettingsController {
  constructor(
    private readonly policies: SlaPoliciesService,
    private readonly calendar: WorkingCalendarService,
  ) {}

  @Get('sla-policies')
  @ApiOperation({
    summary: 'SLA policies: deadlines per category and priority, over the SLA_* defaults',
    description:
      'Every signed-in role may read them: a policy overrides the SLA_* defaults for orders of one category and/or ' +
      'priority, the most specific one winning. Managed by administrators.',
  })
  @ApiOkResponse({ type: [SlaPolicyView] })
  list(): Promise<SlaPolicyView[]> {
    return this.policies.list();
  }

  @Post('sla-policies')
  @Roles('admin')
  @ApiOperation({
    summary: 'Add an SLA policy (admin)',
    description:
      'Deadlines (ISO 8601 durations, in calendar or working days) for the orders of a category and/or priority; ' +
      'applies to orders placed or dispatched from now on. 403 for other roles; 409 when a policy for the same ' +
      'category and priority exists; 400 for a duration that is not ISO 8601.',
  })
  @ApiCreatedResponse({ type: SlaPolicyView })
  @ApiConflictResponse({ description: 'A policy for this category and priority exists' })
  create(@Body() dto: SlaPolicyDto, @CurrentActor() actor: Actor): Promise<SlaPolicyView> {
    return this.policies.create(dto, actor);
  }

  @Put('sla-policies/:id')
  @Roles('admin')
  @ApiOperation({
    summary: 'Replace an SLA policy (admin)',
    description:
      'The whole policy is replaced by the body. 403 for other roles; 404 for no such policy; 409 when another policy ' +
      'has that category and priority.',
  })
  @ApiOkResponse({ type: SlaPolicyView })
  @ApiNotFoundResponse({ description: 'No such SLA policy' })
  @ApiConflictResponse({ description: 'Another policy has this category and priority' })
  replace(@PolicyId() id: string, @Body() dto: SlaPolicyDto, @CurrentActor() actor: Actor): Promise<SlaPolicyView> {
    return this.policies.replace(id, dto, actor);
  }

  @Delete('sla-policies/:id')
  @Roles('admin')
  @ApiOperation({
    summary: 'Delete an SLA policy (admin)',
    description:
      'Orders fall back to the next matching policy or the SLA_* defaults. 403 for other roles; 404 for no such ' +
      'policy.',
  })
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiNotFoundResponse({ description: 'No such SLA policy' })
  remove(@PolicyId() id: string, @CurrentActor() actor: Actor): Promise<void> {
    return this.policies.remove(id, actor);
  }

  @Get('calendar/:year')
  @ApiOperation({
    summary: 'The working calendar of a year: official holidays and 调休 (chinese-days) with the overrides',
    description:
      'Which days are working days in a year (2000–2100): weekends, official holidays and their 调休 make-up working ' +
      'days from the chinese-days package, with the administrator’s overrides. Deadlines counted in working days skip ' +
      'the rest. Every signed-in role may read it; 400 for a year out of range.',
  })
  @ApiOkResponse({ type: CalendarYearView })
  year(@Year() year: number): Promise<CalendarYearView> {
    return this.calendar.year(checkYear(year));
  }

  @Put('calendar/:year')
  @Roles('admin')
  @ApiOperation({
    summary: 'Replace the overrides of a year, e.g. before the data package knows its holidays',
    description:
      'The administrator’s list of special days (holidays or make-up working days) for the year replaces the previous ' +
      'one; deadlines counted from now on use it. 403 for other roles; 400 for a date outside the year.',
  })
  @ApiOkResponse({ type: CalendarYearView })
  replaceYear(@Year() year: number, @Body() dto: CalendarYearDto, @CurrentActor() actor: Actor): Promise<CalendarYearView> {
    return this.calendar.replaceYear(checkYear(year), dto.days, actor);
  }
}
